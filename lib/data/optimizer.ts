import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/data/errors";
import type { Viewer } from "@/lib/data/viewer";
import { buildTrainingItems, MIN_REVIEWS_TO_OPTIMIZE } from "@/lib/srs/optimizer-items";
import type { Grade } from "@/lib/srs/types";

export type ParameterFit = { parameters: number[]; logLoss: number; rmse: number };
export type OptimizeResult = { reviews: number; before: ParameterFit; after: ParameterFit };

export async function countOptimizableReviews(viewer: Viewer): Promise<number> {
  return db.reviewLog.count({ where: { userId: viewer.id, undone: false } });
}

/**
 * Fits FSRS parameters to the viewer's own review log (fsrs-rs through its Node binding), compares
 * them with the parameters in use on the same history, and saves them when they fit better.
 */
export async function optimizeSchedule(viewer: Viewer, now: Date): Promise<OptimizeResult> {
  const logs = await db.reviewLog.findMany({
    where: { userId: viewer.id, undone: false },
    select: { cardId: true, rating: true, review: true },
    orderBy: { review: "asc" },
  });
  if (logs.length < MIN_REVIEWS_TO_OPTIMIZE) {
    throw new InvalidInputError(`Optimizing needs at least ${MIN_REVIEWS_TO_OPTIMIZE} reviews; you have ${logs.length}.`);
  }
  const binding = await import("@open-spaced-repetition/binding");
  const training = buildTrainingItems(
    logs.map((log) => ({ cardId: log.cardId, rating: log.rating as Grade, review: log.review })),
    viewer.timeZone,
    viewer.rolloverHour,
  );
  const items = training.map((reviews) => new binding.FSRSBindingItem(reviews.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaT))));
  if (items.length === 0) throw new InvalidInputError("Your reviews do not yet include repeated reviews of the same cards.");
  // Six decimals is far finer than the fit itself, and survives the trip through Postgres unchanged.
  const fitted = (await binding.computeParameters(items, { enableShortTerm: true })).map((value) => Math.round(value * 1e6) / 1e6);
  const evaluate = (parameters: number[] | undefined) => {
    const model = new binding.FSRSBinding(parameters && parameters.length ? parameters : undefined);
    const result = model.evaluate(items);
    return { logLoss: result.logLoss, rmse: result.rmseBins };
  };
  const current = viewer.fsrsParams;
  const before = { parameters: current, ...evaluate(current) };
  const after = { parameters: fitted, ...evaluate(fitted) };
  if (after.logLoss <= before.logLoss) {
    await db.user.update({ where: { id: viewer.id }, data: { fsrsParams: fitted, fsrsParamsAt: now } });
  }
  return { reviews: logs.length, before, after };
}
