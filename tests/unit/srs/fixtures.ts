import type { MemoryState, SchedulerSettings } from "@/lib/srs/types";

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

export const DEFAULT_SETTINGS: SchedulerSettings = { desiredRetention: 0.9 };

export const at = (iso: string): Date => new Date(iso);

export const addMs = (date: Date, ms: number): Date => new Date(date.getTime() + ms);

export function makeReviewState(overrides: Partial<MemoryState> = {}): MemoryState {
  return {
    due: at("2025-03-10T09:00:00Z"),
    stability: 10,
    difficulty: 5,
    elapsedDays: 8,
    scheduledDays: 10,
    learningSteps: 0,
    reps: 4,
    lapses: 0,
    state: "REVIEW",
    lastReview: at("2025-02-28T09:00:00Z"),
    ...overrides,
  };
}
