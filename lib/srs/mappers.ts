import { type Card, type Grade as FsrsGrade, Rating, type ReviewLog, State, createEmptyCard } from "ts-fsrs";
import type { Grade, LogFields, MemoryState, StateKind } from "@/lib/srs/types";

const TO_FSRS_STATE: Record<StateKind, State> = {
  NEW: State.New,
  LEARNING: State.Learning,
  REVIEW: State.Review,
  RELEARNING: State.Relearning,
};

const FROM_FSRS_STATE: Record<State, StateKind> = {
  [State.New]: "NEW",
  [State.Learning]: "LEARNING",
  [State.Review]: "REVIEW",
  [State.Relearning]: "RELEARNING",
};

const TO_FSRS_RATING: Record<Grade, FsrsGrade> = {
  1: Rating.Again,
  2: Rating.Hard,
  3: Rating.Good,
  4: Rating.Easy,
};

// Dates are copied so no caller can mutate another's state through a shared Date.
const copyDate = (date: Date): Date => new Date(date.getTime());

export function toFsrsState(state: StateKind): State {
  return TO_FSRS_STATE[state];
}

export function fromFsrsState(state: State): StateKind {
  return FROM_FSRS_STATE[state];
}

export function toFsrsRating(grade: Grade): FsrsGrade {
  return TO_FSRS_RATING[grade];
}

export function fromFsrsRating(rating: Rating): Grade {
  if (rating === Rating.Again || rating === Rating.Hard || rating === Rating.Good || rating === Rating.Easy) {
    return rating;
  }
  throw new RangeError(`Rating ${rating} is not a grade (manual ratings are never stored)`);
}

export function toFsrsCard(state: MemoryState): Card {
  return {
    due: copyDate(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: toFsrsState(state.state),
    last_review: state.lastReview ? copyDate(state.lastReview) : undefined,
  };
}

export function fromFsrsCard(card: Card): MemoryState {
  return {
    due: copyDate(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: fromFsrsState(card.state),
    lastReview: card.last_review ? copyDate(card.last_review) : null,
  };
}

export function toLogFields(log: ReviewLog): LogFields {
  return {
    rating: fromFsrsRating(log.rating),
    state: fromFsrsState(log.state),
    due: copyDate(log.due),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: copyDate(log.review),
  };
}

/** A never-studied card, due at `now`. */
export function newMemoryState(now: Date): MemoryState {
  return fromFsrsCard(createEmptyCard(now));
}

/** Just the memory-state fields of a wider row (a card state with ids, versions and flags). */
export function pickMemoryState(row: MemoryState): MemoryState {
  const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = row;
  return { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview };
}
