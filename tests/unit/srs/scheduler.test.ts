import { describe, expect, it } from "vitest";
import {
  type Card,
  type FSRSParameters,
  type Grade as FsrsGrade,
  Rating,
  State,
  createEmptyCard,
  default_w,
  fsrs,
  get_fuzz_range,
} from "ts-fsrs";
import { newMemoryState } from "@/lib/srs/mappers";
import { applyGrade, formatInterval, getFsrs, previewIntervals, retrievability } from "@/lib/srs/scheduler";
import type { Grade, MemoryState, SchedulerSettings } from "@/lib/srs/types";
import { DAY_MS, DEFAULT_SETTINGS, MINUTE_MS, addMs, at, makeReviewState } from "./fixtures";

const RATING: Record<Grade, FsrsGrade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

// Written independently of lib/srs/mappers so the comparison is not circular.
function expectSameAsCard(state: MemoryState, card: Card): void {
  expect(state).toEqual({
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: State[card.state].toUpperCase(),
    lastReview: card.last_review ?? null,
  });
}

/** Grades a fresh card, each review `lateMs` after the previous due date. */
function runSequence(grades: Grade[], settings: SchedulerSettings, params: Partial<FSRSParameters>, lateMs: number) {
  const start = at("2025-01-06T09:00:00Z");
  const f = fsrs(params);
  let ours = newMemoryState(start);
  let theirs = createEmptyCard(start);
  let now = start;
  for (const grade of grades) {
    const result = applyGrade(ours, grade, now, settings);
    const expected = f.next(theirs, now, RATING[grade]);
    expectSameAsCard(result.next, expected.card);
    expect(result.log).toMatchObject({
      rating: grade,
      state: State[expected.log.state].toUpperCase(),
      due: expected.log.due,
      stability: expected.log.stability,
      difficulty: expected.log.difficulty,
      elapsedDays: expected.log.elapsed_days,
      scheduledDays: expected.log.scheduled_days,
      review: now,
    });
    ours = result.next;
    theirs = expected.card;
    now = addMs(ours.due, lateMs);
  }
  return ours;
}

describe("applyGrade", () => {
  it("matches ts-fsrs over Good, Good, Again, Hard, Easy reviewed on time", () => {
    const final = runSequence([3, 3, 1, 2, 4], DEFAULT_SETTINGS, {}, 0);
    expect(final.state).toBe("REVIEW");
    expect(final.lapses).toBe(1);
    expect(final.reps).toBe(5);
  });

  it("matches ts-fsrs over a long sequence reviewed a day and a half late", () => {
    runSequence([4, 3, 3, 2, 1, 1, 3, 3, 4, 3, 2, 3], DEFAULT_SETTINGS, {}, 1.5 * DAY_MS);
  });

  it("matches ts-fsrs at another desired retention and maximum interval", () => {
    runSequence(
      [3, 3, 3, 3, 4, 4],
      { desiredRetention: 0.8, maximumInterval: 60 },
      { request_retention: 0.8, maximum_interval: 60 },
      3 * DAY_MS,
    );
  });

  it("again on a review card counts a lapse and relearns in 10 minutes", () => {
    const state = makeReviewState({ lapses: 2 });
    const now = state.due;
    const { next, log } = applyGrade(state, 1, now, DEFAULT_SETTINGS);
    expect(next.lapses).toBe(3);
    expect(next.state).toBe("RELEARNING");
    expect(next.due).toEqual(addMs(now, 10 * MINUTE_MS));
    expect(log.state).toBe("REVIEW");
    expect(log.rating).toBe(1);
  });

  it("good on a review card keeps the lapse count and moves the card out by days", () => {
    const state = makeReviewState({ lapses: 2 });
    const { next } = applyGrade(state, 3, state.due, DEFAULT_SETTINGS);
    expect(next.lapses).toBe(2);
    expect(next.state).toBe("REVIEW");
    expect(next.scheduledDays).toBeGreaterThan(state.scheduledDays);
    expect(next.lastReview).toEqual(state.due);
  });

  it("does not change the state it was given", () => {
    const state = makeReviewState();
    const before = structuredClone(state);
    applyGrade(state, 1, state.due, DEFAULT_SETTINGS);
    expect(state).toEqual(before);
  });

  it("a higher desired retention gives shorter intervals", () => {
    const state = makeReviewState();
    const days = [0.8, 0.9, 0.95].map(
      (desiredRetention) => applyGrade(state, 3, state.due, { desiredRetention }).next.scheduledDays,
    );
    expect(days[0]).toBeGreaterThan(days[1] ?? 0);
    expect(days[1]).toBeGreaterThan(days[2] ?? 0);
  });

  it("uses the learner's own weights when given", () => {
    const weights = [...default_w];
    weights[2] = 5; // initial stability after a first Good
    const now = at("2025-01-06T09:00:00Z");
    const own = applyGrade(newMemoryState(now), 3, now, { desiredRetention: 0.9, weights });
    const standard = applyGrade(newMemoryState(now), 3, now, DEFAULT_SETTINGS);
    expect(own.next.stability).toBe(5);
    expect(standard.next.stability).toBe(default_w[2]);
    runSequence([3, 3, 1, 3, 4], { desiredRetention: 0.9, weights }, { w: weights }, DAY_MS);
  });

  it("treats empty weights as the defaults", () => {
    const state = makeReviewState();
    expect(applyGrade(state, 3, state.due, { desiredRetention: 0.9, weights: [] })).toEqual(
      applyGrade(state, 3, state.due, DEFAULT_SETTINGS),
    );
  });

  it("refuses weights of the wrong length rather than silently using the defaults", () => {
    const state = makeReviewState();
    expect(() => applyGrade(state, 3, state.due, { desiredRetention: 0.9, weights: [1, 2, 3] })).toThrow();
  });

  it("refuses a desired retention outside (0, 1)", () => {
    const state = makeReviewState();
    for (const desiredRetention of [0, 1, 1.2, -0.5, Number.NaN]) {
      expect(() => applyGrade(state, 3, state.due, { desiredRetention })).toThrow(RangeError);
    }
  });

  it("caps intervals at the maximum interval, keeping ts-fsrs's one day between grades", () => {
    const state = makeReviewState({ stability: 400, scheduledDays: 400 });
    const settings = { desiredRetention: 0.9, maximumInterval: 30 };
    const days = ([2, 3, 4] as const).map((grade) => applyGrade(state, grade, state.due, settings).next.scheduledDays);
    expect(days).toEqual([30, 31, 32]);
  });

  it("leaves fuzz off unless asked, and when asked stays in ts-fsrs's fuzz range", () => {
    const state = makeReviewState({ stability: 40, scheduledDays: 40, lastReview: at("2025-01-29T09:00:00Z") });
    const plain = applyGrade(state, 3, state.due, DEFAULT_SETTINGS).next;
    const fuzzed = applyGrade(state, 3, state.due, { desiredRetention: 0.9, enableFuzz: true }).next;
    const expected = fsrs({ enable_fuzz: true }).next(
      { ...createEmptyCard(state.due), ...{ stability: 40, difficulty: 5, scheduled_days: 40, elapsed_days: 8, reps: 4, state: State.Review, last_review: state.lastReview ?? undefined } },
      state.due,
      Rating.Good,
    ).card;
    expect(fuzzed.scheduledDays).toBe(expected.scheduled_days);
    const { min_ivl, max_ivl } = get_fuzz_range(plain.scheduledDays, 40, 36500);
    expect(fuzzed.scheduledDays).toBeGreaterThanOrEqual(min_ivl);
    expect(fuzzed.scheduledDays).toBeLessThanOrEqual(max_ivl);
  });

  it("reuses one ts-fsrs instance per distinct settings", () => {
    const a = getFsrs({ desiredRetention: 0.87 });
    expect(getFsrs({ desiredRetention: 0.87 })).toBe(a);
    expect(getFsrs({ desiredRetention: 0.87, enableFuzz: true })).not.toBe(a);
    expect(getFsrs({ desiredRetention: 0.87, weights: [...default_w] })).not.toBe(a);
  });
});

describe("previewIntervals", () => {
  it("labels a new card's four choices 1m, 6m, 10m and 8d", () => {
    const now = at("2025-01-06T09:00:00Z");
    const preview = previewIntervals(newMemoryState(now), now, DEFAULT_SETTINGS);
    expect([preview[1].label, preview[2].label, preview[3].label, preview[4].label]).toEqual(["1m", "6m", "10m", "8d"]);
    expect(preview[3].due).toEqual(addMs(now, 10 * MINUTE_MS));
  });

  it("gives each grade the due date that grade would set", () => {
    const state = makeReviewState();
    const preview = previewIntervals(state, state.due, DEFAULT_SETTINGS);
    for (const grade of [1, 2, 3, 4] as const) {
      expect(preview[grade].due).toEqual(applyGrade(state, grade, state.due, DEFAULT_SETTINGS).next.due);
    }
    expect(preview[1].label).toBe("10m");
    expect(preview[2].due.getTime()).toBeLessThan(preview[3].due.getTime());
    expect(preview[3].due.getTime()).toBeLessThan(preview[4].due.getTime());
  });
});

describe("formatInterval", () => {
  it.each([
    [0, "<1m"],
    [20_000, "<1m"],
    [MINUTE_MS, "1m"],
    [10 * MINUTE_MS, "10m"],
    [59 * MINUTE_MS, "59m"],
    [59.6 * MINUTE_MS, "1h"],
    [60 * MINUTE_MS, "1h"],
    [5.4 * 60 * MINUTE_MS, "5h"],
    [23.6 * 60 * MINUTE_MS, "1d"],
    [3 * DAY_MS, "3d"],
    [29 * DAY_MS, "29d"],
    [29.6 * DAY_MS, "1mo"],
    [45 * DAY_MS, "1.5mo"],
    [60 * DAY_MS, "2mo"],
    [359 * DAY_MS, "1y"],
    [365 * DAY_MS, "1y"],
    [438 * DAY_MS, "1.2y"],
    [3650 * DAY_MS, "10y"],
  ])("formats %d ms as %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it("refuses a non-finite duration", () => {
    expect(() => formatInterval(Number.NaN)).toThrow(RangeError);
  });
});

describe("retrievability", () => {
  it("is 0 for a card never studied", () => {
    const now = at("2025-01-06T09:00:00Z");
    expect(retrievability(newMemoryState(now), now, DEFAULT_SETTINGS)).toBe(0);
  });

  it("is 1 right after a review and falls with time", () => {
    const state = makeReviewState();
    const last = state.lastReview ?? state.due;
    const values = [0, 1, 10, 100].map((days) => retrievability(state, addMs(last, days * DAY_MS), DEFAULT_SETTINGS));
    expect(values[0]).toBe(1);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1] ?? 0);
  });

  it("matches ts-fsrs on whole days", () => {
    const state = makeReviewState();
    const card = { ...createEmptyCard(state.due), stability: 10, difficulty: 5, state: State.Review, last_review: state.lastReview ?? undefined };
    const when = addMs(state.lastReview ?? state.due, 12 * DAY_MS);
    expect(retrievability(state, when, DEFAULT_SETTINGS)).toBe(fsrs().get_retrievability(card, when, false));
  });

  it("on the due date is close to the desired retention it was scheduled for", () => {
    for (const desiredRetention of [0.8, 0.9, 0.95]) {
      const settings = { desiredRetention };
      const state = makeReviewState({ stability: 30 });
      const { next } = applyGrade(state, 3, state.due, settings);
      expect(retrievability(next, next.due, settings)).toBeCloseTo(desiredRetention, 1);
    }
  });
});
