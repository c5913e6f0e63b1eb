import { describe, expect, it } from "vitest";
import { newMemoryState } from "@/lib/srs/mappers";
import { type QuizKind, applyQuizEvidence, quizEvidenceGrade } from "@/lib/srs/quiz-evidence";
import { applyGrade } from "@/lib/srs/scheduler";
import type { MemoryState, SchedulerSettings } from "@/lib/srs/types";
import { DAY_MS, DEFAULT_SETTINGS, MINUTE_MS, addMs, at, makeReviewState } from "./fixtures";

const RECOGNITION: QuizKind[] = ["multiple_choice", "true_false", "matching"];
const NOW = at("2025-03-10T09:00:00Z");

/** New, learning, relearning and review cards, on time, early and late. */
function sampleStates(): { state: MemoryState; now: Date }[] {
  const fresh = newMemoryState(NOW);
  const learning = applyGrade(fresh, 3, NOW, DEFAULT_SETTINGS).next;
  const samples = [
    { state: fresh, now: NOW },
    { state: learning, now: learning.due },
    { state: applyGrade(makeReviewState(), 1, NOW, DEFAULT_SETTINGS).next, now: addMs(NOW, 10 * MINUTE_MS) },
  ];
  for (const stability of [0.5, 3, 10, 45, 200]) {
    for (const offsetDays of [-5, 0, 3, 60]) {
      const state = makeReviewState({ stability, scheduledDays: Math.round(stability), difficulty: 3 + (stability % 6) });
      samples.push({ state, now: addMs(state.due, offsetDays * DAY_MS) });
    }
  }
  return samples;
}

describe("quizEvidenceGrade", () => {
  it("a wrong answer of any kind is Again", () => {
    for (const kind of ["typed", ...RECOGNITION] as QuizKind[]) expect(quizEvidenceGrade(kind, false)).toBe(1);
  });

  it("a right typed answer is Good and a right recognition answer is Hard", () => {
    expect(quizEvidenceGrade("typed", true)).toBe(3);
    for (const kind of RECOGNITION) expect(quizEvidenceGrade(kind, true)).toBe(2);
  });

  it("an unknown kind from a stored row is no evidence", () => {
    expect(quizEvidenceGrade("essay" as QuizKind, true)).toBeNull();
    expect(applyQuizEvidence(makeReviewState(), "essay" as QuizKind, true, NOW, DEFAULT_SETTINGS)).toBeNull();
  });
});

describe("applyQuizEvidence", () => {
  it("a wrong answer on a review card counts a lapse", () => {
    const state = makeReviewState({ lapses: 1 });
    const result = applyQuizEvidence(state, "multiple_choice", false, state.due, DEFAULT_SETTINGS);
    expect(result?.next.lapses).toBe(2);
    expect(result?.next.state).toBe("RELEARNING");
    expect(result?.log.rating).toBe(1);
  });

  it("a right typed answer is exactly a Good review", () => {
    const state = makeReviewState();
    expect(applyQuizEvidence(state, "typed", true, state.due, DEFAULT_SETTINGS)).toEqual(applyGrade(state, 3, state.due, DEFAULT_SETTINGS));
  });

  it("a right recognition answer on a review card is a Hard review, nearer than Good", () => {
    const state = makeReviewState();
    const result = applyQuizEvidence(state, "true_false", true, state.due, DEFAULT_SETTINGS);
    const hard = applyGrade(state, 2, state.due, DEFAULT_SETTINGS);
    const good = applyGrade(state, 3, state.due, DEFAULT_SETTINGS);
    expect(result).toEqual(hard);
    expect(result?.next.due.getTime()).toBeLessThan(good.next.due.getTime());
  });

  it("a right recognition answer on a new card takes the Hard learning step", () => {
    const result = applyQuizEvidence(newMemoryState(NOW), "matching", true, NOW, DEFAULT_SETTINGS);
    expect(result?.next.state).toBe("LEARNING");
    expect(result?.next.due).toEqual(applyGrade(newMemoryState(NOW), 2, NOW, DEFAULT_SETTINGS).next.due);
    expect(result?.log.rating).toBe(2);
  });

  it.each<[string, SchedulerSettings]>([
    ["fuzz off", DEFAULT_SETTINGS],
    ["fuzz on", { desiredRetention: 0.9, enableFuzz: true }],
    ["high retention", { desiredRetention: 0.97, enableFuzz: true }],
  ])("recognition never schedules a card further out than Good would (%s)", (_, settings) => {
    for (const { state, now } of sampleStates()) {
      for (const kind of RECOGNITION) {
        const result = applyQuizEvidence(state, kind, true, now, settings);
        const good = applyGrade(state, 3, now, settings).next;
        expect(result?.next.due.getTime()).toBeLessThanOrEqual(good.due.getTime());
        expect(result?.next.stability).toBeLessThanOrEqual(good.stability);
      }
    }
  });
});
