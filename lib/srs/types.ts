export type StateKind = "NEW" | "LEARNING" | "REVIEW" | "RELEARNING";

export type MemoryState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: StateKind;
  lastReview: Date | null;
};

/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;

export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** One review log row; `state` and `due` describe the card as it was before the grade. */
export type LogFields = {
  rating: Grade;
  state: StateKind;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
};

export type SchedulerSettings = {
  desiredRetention: number;
  /** The learner's own FSRS parameters (17, 19 or 21 numbers); empty or undefined means the defaults. */
  weights?: number[];
  maximumInterval?: number;
  enableFuzz?: boolean;
};

export type GradeResult = { next: MemoryState; log: LogFields };
