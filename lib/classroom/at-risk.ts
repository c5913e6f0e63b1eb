const DAY_MS = 86_400_000;

export const DEFAULT_TARGET_RECALL = 0.7;
/** Within this many days of the due date, unstarted cards put a student at risk. */
export const CLOSE_TO_DUE_DAYS = 3;

export type RiskInput = { cardsStarted: number; totalCards: number; predictedRecallAtDue: number; targetRecall: number | null; dueAt: Date; now: Date };

/** Why a student looks unlikely to meet the assignment's goals; empty means on track. */
export function riskReasons(input: RiskInput): string[] {
  const reasons: string[] = [];
  const target = input.targetRecall ?? DEFAULT_TARGET_RECALL;
  const daysLeft = (input.dueAt.getTime() - input.now.getTime()) / DAY_MS;
  if (input.totalCards > 0 && input.cardsStarted < input.totalCards && daysLeft <= CLOSE_TO_DUE_DAYS) {
    reasons.push(daysLeft < 0 ? "Past due with cards not started" : "Cards not started, due soon");
  }
  if (input.totalCards > 0 && input.predictedRecallAtDue < target) {
    reasons.push(`Predicted recall below ${Math.round(target * 100)}%`);
  }
  return reasons;
}
