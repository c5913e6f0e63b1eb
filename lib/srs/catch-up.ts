import { retrievability } from "@/lib/srs/scheduler";
import type { MemoryState, SchedulerSettings } from "@/lib/srs/types";

const DAY_MS = 86_400_000;

export type CatchUpInput = {
  overdue: readonly { cardId: string; state: MemoryState }[];
  now: Date;
  /** Overdue cards the learner will review per day. */
  dailyCap: number;
  settings: SchedulerSettings;
};

export type CatchUpPlan = {
  /** Most forgotten (lowest predicted recall now) first; ties keep the input order. */
  order: string[];
  /** Days needed to clear the backlog, today counting as day one; 0 when there is none. */
  days: number;
  /** `now` moved forward to the last of those days (`now` itself when it clears today or is empty). */
  clearedOn: Date;
};

/** Plans only the backlog: cards falling due during the catch-up are the ordinary queue's job. */
export function planCatchUp(input: CatchUpInput): CatchUpPlan {
  const { overdue, now, dailyCap, settings } = input;
  if (!Number.isInteger(dailyCap) || dailyCap < 1) {
    throw new RangeError(`dailyCap must be a whole number >= 1, got ${dailyCap}`);
  }
  const recall = overdue.map((card) => retrievability(card.state, now, settings));
  const order = overdue
    .map((_, index) => index)
    .sort((a, b) => (recall[a] ?? 0) - (recall[b] ?? 0) || a - b)
    .flatMap((index) => overdue[index]?.cardId ?? []);
  const days = Math.ceil(overdue.length / dailyCap);
  return { order, days, clearedOn: new Date(now.getTime() + Math.max(0, days - 1) * DAY_MS) };
}
