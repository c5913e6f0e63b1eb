import { previewOutcomes } from "@/lib/srs/scheduler";
import type { Grade, GradeResult, MemoryState, SchedulerSettings } from "@/lib/srs/types";

export type QuizKind = "typed" | "multiple_choice" | "true_false" | "matching";

/**
 * The grade a quiz answer is worth as review evidence: wrong is Again (a lapse on a review
 * card); right and typed (recall) is Good; right by recognition (multiple choice, true/false,
 * matching) is Hard, since picking from options is weaker proof than producing the answer.
 * null for a kind this version does not know (kinds arrive from stored rows).
 */
export function quizEvidenceGrade(kind: QuizKind, correct: boolean): Grade | null {
  switch (kind) {
    case "typed":
      return correct ? 3 : 1;
    case "multiple_choice":
    case "true_false":
    case "matching":
      return correct ? 2 : 1;
    default:
      return null;
  }
}

/**
 * Applies a quiz answer to the card's memory state.
 * Rule: recognition never pushes a card further out than Good would: it is graded Hard, and the
 * resulting due date (with its scheduled days) is capped at Good's, for new, learning and review
 * cards alike. Returns null when the answer is no evidence (unknown kind).
 */
export function applyQuizEvidence(
  state: MemoryState,
  kind: QuizKind,
  correct: boolean,
  now: Date,
  settings: SchedulerSettings,
): GradeResult | null {
  const grade = quizEvidenceGrade(kind, correct);
  if (grade === null) return null;
  const outcomes = previewOutcomes(state, now, settings);
  const result = outcomes[grade];
  if (grade !== 2) return result;
  const good = outcomes[3].next;
  if (result.next.due.getTime() <= good.due.getTime()) return result;
  return { ...result, next: { ...result.next, due: good.due, scheduledDays: good.scheduledDays } };
}
