import { studyDayKey } from "@/lib/srs/study-day";
import type { Grade } from "@/lib/srs/types";

export type LoggedReview = { cardId: string; rating: Grade; review: Date };
export type TrainingReview = { rating: Grade; deltaT: number };

const DAY_MS = 86_400_000;

function dayNumber(date: Date, timeZone: string, rolloverHour: number): number {
  return Math.round(Date.parse(`${studyDayKey(date, timeZone, rolloverHour)}T00:00:00Z`) / DAY_MS);
}

/**
 * Turns a review log into the optimizer's training items: per card, one item per review after the
 * first, holding every review up to it. Intervals are counted in the learner's study days, the unit
 * FSRS schedules in, so two reviews on one study day are 0 days apart.
 */
export function buildTrainingItems(logs: readonly LoggedReview[], timeZone: string, rolloverHour: number): TrainingReview[][] {
  const byCard = new Map<string, LoggedReview[]>();
  for (const log of logs) {
    const list = byCard.get(log.cardId);
    if (list) list.push(log);
    else byCard.set(log.cardId, [log]);
  }
  const items: TrainingReview[][] = [];
  for (const reviews of byCard.values()) {
    reviews.sort((a, b) => a.review.getTime() - b.review.getTime());
    const history: TrainingReview[] = [];
    let previousDay: number | null = null;
    for (const review of reviews) {
      const day = dayNumber(review.review, timeZone, rolloverHour);
      history.push({ rating: review.rating, deltaT: previousDay === null ? 0 : day - previousDay });
      previousDay = day;
      if (history.length >= 2) items.push(history.slice());
    }
  }
  return items;
}

/** Enough history for the fitted parameters to beat the defaults, in practice. */
export const MIN_REVIEWS_TO_OPTIMIZE = 400;
