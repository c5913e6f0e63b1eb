// The review data functions timed in-process, without HTTP or next-auth. Needs the react-server condition
// (lib/data imports "server-only"): node --conditions=react-server --import tsx bench/lib/review-in-process.mts
// Prints one JSON line. Input: DATABASE_URL, BENCH_BIG_LEARNER, BENCH_QUEUE_RUNS, BENCH_REVIEW_RUNS.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { closeDatabase, db } from "../../lib/db.ts";
import { getReviewQueue, recordReview } from "../../lib/data/reviews.ts";
import { getViewerForSession } from "../../lib/data/users.ts";
import { percentile } from "./load.mts";

const bigLearner = process.env.BENCH_BIG_LEARNER ?? "big-learner";
const queueRuns = Number(process.env.BENCH_QUEUE_RUNS ?? 200);
const reviewRuns = Number(process.env.BENCH_REVIEW_RUNS ?? 300);

/** `runs` timed calls after `warmup` untimed ones, stopping early after `maxSeconds` so a slow machine stays bounded. */
async function timeRuns(runs: number, warmup: number, fn: (i: number) => Promise<unknown>, maxSeconds = 15) {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const times: number[] = [];
  const deadline = performance.now() + maxSeconds * 1000;
  for (let i = 0; i < runs && performance.now() < deadline; i++) {
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { runs: times.length, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1) ?? NaN };
}

const selectOne = await timeRuns(200, 20, () => db.$queryRaw`select 1`, 5);

const viewerLookup = await timeRuns(200, 20, () => getViewerForSession(bigLearner, 0), 5);

const big = await getViewerForSession(bigLearner, 0);
if (!big) throw new Error(`no user ${bigLearner}`);
let queueCards = 0;
let queueDue = 0;
const queue = await timeRuns(queueRuns, 10, async () => {
  const result = await getReviewQueue(big, {}, new Date());
  queueCards = result.cards.length;
  queueDue = result.counts.review + result.counts.learning;
});
const queueParts = await (async () => {
  const time = (query: () => Promise<unknown>) => timeRuns(50, 5, query, 5);
  return {
    dueRowsRead: Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "CardState" WHERE "userId" = ${bigLearner} AND state <> 'NEW' AND due < now() + interval '1 day'`)[0]?.n ?? 0),
    dueQuery: await time(() => db.$queryRaw`SELECT s."cardId", s.due, c.front, c.back, c."sourceExcerpt" FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
      WHERE s."userId" = ${bigLearner} AND s.state <> 'NEW' AND s.due < now() + interval '1 day' ORDER BY s.due LIMIT 20000`),
  };
})();

// Distinct learner/card pairs still at version 0, so every grade is a first grade with no conflict.
const targets = await db.$queryRaw<{ userId: string; cardId: string }[]>`
  SELECT "userId", "cardId" FROM "CardState" WHERE "userId" LIKE 'learner-%' AND version = 0 AND state = 'REVIEW'
  ORDER BY "cardId" DESC, "userId" DESC LIMIT ${reviewRuns + 20}`;
const viewers = new Map<string, NonNullable<Awaited<ReturnType<typeof getViewerForSession>>>>();
for (const { userId } of targets) if (!viewers.has(userId)) viewers.set(userId, (await getViewerForSession(userId, 0))!);
let next = 0;
const review = await timeRuns(reviewRuns, 20, async () => {
  const target = targets[next++]!;
  await recordReview(viewers.get(target.userId)!, { cardId: target.cardId, grade: 3, clientReviewId: randomUUID(), expectedVersion: 0 }, new Date());
});

await closeDatabase();
console.log(JSON.stringify({ selectOne, viewerLookup, queue: { ...queue, cards: queueCards, dueCount: queueDue }, queueParts, review }));
