import { describe, expect, it } from "vitest";
import { Rating, State, createEmptyCard, fsrs } from "ts-fsrs";
import { fromFsrsCard, newMemoryState, toFsrsCard, toLogFields } from "@/lib/srs/mappers";
import type { MemoryState, StateKind } from "@/lib/srs/types";
import { at, makeReviewState } from "./fixtures";

describe("mappers", () => {
  it("a new memory state is ts-fsrs's empty card, due now", () => {
    const now = at("2025-01-06T09:00:00Z");
    const state = newMemoryState(now);
    expect(state).toEqual({
      due: now,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: "NEW",
      lastReview: null,
    });
    expect(toFsrsCard(state)).toEqual(createEmptyCard(now));
  });

  it.each<StateKind>(["NEW", "LEARNING", "REVIEW", "RELEARNING"])("a %s state survives a round trip through a ts-fsrs card", (kind) => {
    const state: MemoryState = makeReviewState({
      state: kind,
      stability: 3.14159265,
      difficulty: 6.28318531,
      elapsedDays: 3,
      scheduledDays: 7,
      learningSteps: 1,
      reps: 9,
      lapses: 2,
      lastReview: kind === "NEW" ? null : at("2025-02-28T09:00:00.123Z"),
    });
    expect(fromFsrsCard(toFsrsCard(state))).toEqual(state);
  });

  it("maps each state to the ts-fsrs state of the same name", () => {
    const pairs: [StateKind, State][] = [
      ["NEW", State.New],
      ["LEARNING", State.Learning],
      ["REVIEW", State.Review],
      ["RELEARNING", State.Relearning],
    ];
    for (const [kind, fsrsState] of pairs) {
      expect(toFsrsCard(makeReviewState({ state: kind })).state).toBe(fsrsState);
    }
  });

  it("a ts-fsrs card survives a round trip through a memory state", () => {
    const now = at("2025-01-06T09:00:00Z");
    const card = fsrs().next(createEmptyCard(now), now, Rating.Good).card;
    expect(toFsrsCard(fromFsrsCard(card))).toEqual(card);
  });

  it("copies dates so a mapped state shares no Date with its source", () => {
    const state = makeReviewState();
    const card = toFsrsCard(state);
    card.due.setTime(0);
    expect(state.due.getTime()).not.toBe(0);
  });

  it("a review log keeps every field", () => {
    const now = at("2025-01-06T09:00:00Z");
    const { log } = fsrs().next(createEmptyCard(now), now, Rating.Hard);
    expect(toLogFields(log)).toEqual({
      rating: 2,
      state: "NEW",
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      review: now,
    });
  });

  it("refuses a manual rating, which is never a learner's grade", () => {
    const now = at("2025-01-06T09:00:00Z");
    const { log } = fsrs().next(createEmptyCard(now), now, Rating.Good);
    expect(() => toLogFields({ ...log, rating: Rating.Manual })).toThrow(RangeError);
  });
});
