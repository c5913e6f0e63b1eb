import { buildQueue, type QueueCandidate } from "@/lib/srs/queue";
const DAY = 86_400_000;
const now = new Date("2025-03-10T12:00:00Z");
const day = { start: new Date("2025-03-10T04:00:00Z"), end: new Date("2025-03-11T04:00:00Z") };
function make(kind: "new" | "review" | "learning", n: number): QueueCandidate[] {
  const out: QueueCandidate[] = [];
  for (let i = 0; i < n; i++) {
    const base = { cardId: `c${i}`, deckId: "d", passageKey: `p${i}`, position: i, suspended: false, buriedUntil: null, leech: false };
    if (kind === "new") out.push({ ...base, state: null });
    else out.push({ ...base, state: { due: new Date(now.getTime() - 1000 * i), stability: 1 + (i % 50), difficulty: 5, elapsedDays: 0, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, state: kind === "review" ? "REVIEW" : "LEARNING", lastReview: new Date(now.getTime() - i * 1000) } });
  }
  return out;
}
function time(label: string, candidates: QueueCandidate[], limits: { newPerDay: number; maxReviewsPerDay: number }) {
  const ts: number[] = [];
  for (let r = 0; r < 20; r++) { const t = performance.now(); buildQueue({ candidates, now, day, limits, today: { newStudied: 0, reviewsDone: 0 }, passageKeysSeenToday: new Set() }); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(label, ts[10]!.toFixed(2));
}
time("100k new, cap 0", make("new", 100000), { newPerDay: 0, maxReviewsPerDay: 0 });
time("100k new, cap 20", make("new", 100000), { newPerDay: 20, maxReviewsPerDay: 200 });
time("100k review cap 200", make("review", 100000), { newPerDay: 20, maxReviewsPerDay: 200 });
time("100k learning", make("learning", 100000), { newPerDay: 20, maxReviewsPerDay: 200 });
time("5k learning", make("learning", 5000), { newPerDay: 20, maxReviewsPerDay: 200 });
