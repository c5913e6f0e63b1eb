import type { StudyDayBounds } from "@/lib/srs/study-day";
import type { MemoryState } from "@/lib/srs/types";

/**
 * Build candidates as object literals naming every field, not by spreading a row: V8 stores
 * fields added after a spread out of line, which made buildQueue about 9x slower at 100,000 cards.
 */
export type QueueCandidate = {
  cardId: string;
  deckId: string;
  passageKey: string;
  /** Document order within the deck; new cards are introduced lowest first. */
  position: number;
  /** null = never studied, which counts as new. */
  state: MemoryState | null;
  suspended: boolean;
  buriedUntil: Date | null;
  leech: boolean;
};

export type QueueInput = {
  candidates: readonly QueueCandidate[];
  now: Date;
  day: Pick<StudyDayBounds, "end">;
  limits: { newPerDay: number; maxReviewsPerDay: number };
  /**
   * Done earlier in this study day: new cards introduced, and review-state cards answered
   * (distinct cards; learning steps are not counted). Both count against maxReviewsPerDay.
   */
  today: { newStudied: number; reviewsDone: number };
  /** Passages with a card answered in this study day; their other cards wait for tomorrow. */
  passageKeysSeenToday: ReadonlySet<string>;
};

export type QueueKind = "learning" | "review" | "new";

export type QueueEntry = {
  cardId: string;
  deckId: string;
  passageKey: string;
  kind: QueueKind;
  /** null for never-studied cards. */
  due: Date | null;
};

export type QueueCounts = Record<QueueKind, number>;

const DAY_MS = 86_400_000;

/** Pops candidate indexes lowest key first (ties by input order) without sorting them all. */
class IndexHeap {
  private readonly heap: Int32Array;
  private size: number;

  constructor(
    indexes: readonly number[],
    private readonly keys: Float64Array,
  ) {
    this.heap = Int32Array.from(indexes);
    this.size = indexes.length;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  pop(): number | undefined {
    if (this.size === 0) return undefined;
    const top = this.heap[0];
    this.size -= 1;
    this.heap[0] = this.heap[this.size] ?? 0;
    this.siftDown(0);
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a] ?? 0;
    const kb = this.keys[b] ?? 0;
    return ka < kb || (ka === kb && a < b);
  }

  private siftDown(from: number): void {
    const heap = this.heap;
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) return;
      const right = left + 1;
      let child = left;
      if (right < this.size && this.less(heap[right] ?? 0, heap[left] ?? 0)) child = right;
      const parent = heap[i] ?? 0;
      const smallest = heap[child] ?? 0;
      if (!this.less(smallest, parent)) return;
      heap[i] = smallest;
      heap[child] = parent;
      i = child;
    }
  }
}

const remaining = (limit: number, used: number): number => Math.max(0, Math.floor(limit) - used);

/** Larger means less likely remembered: FSRS recall falls monotonically with elapsed/stability, whatever the decay. */
function forgettingPressure(state: MemoryState, nowMs: number): number {
  const lastReviewMs = state.lastReview?.getTime() ?? state.due.getTime() - state.scheduledDays * DAY_MS;
  if (!(state.stability > 0)) return Number.POSITIVE_INFINITY;
  return (nowMs - lastReviewMs) / state.stability;
}

function toEntry(candidate: QueueCandidate, kind: QueueKind): QueueEntry {
  return {
    cardId: candidate.cardId,
    deckId: candidate.deckId,
    passageKey: candidate.passageKey,
    kind,
    due: candidate.state && candidate.state.state !== "NEW" ? candidate.state.due : null,
  };
}

/**
 * Today's study order:
 * 1. learning/relearning cards due now, earliest due first: never capped nor held back,
 *    because a step left until tomorrow loses what the step was for;
 * 2. review cards due before the study day ends, lowest predicted recall first (so a capped
 *    day spends its reviews where forgetting is closest);
 * 3. new cards in document order up to the new-card limit left today.
 * Reviews and new cards together fit in what is left of maxReviewsPerDay. A review or new card
 * whose passage was studied today or already has a card in this queue is held back.
 */
export function buildQueue(input: QueueInput): QueueEntry[] {
  const { candidates, limits, today } = input;
  const nowMs = input.now.getTime();
  const dayEndMs = input.day.end.getTime();
  const keys = new Float64Array(candidates.length);
  const learning: number[] = [];
  const reviews: number[] = [];
  const fresh: number[] = [];

  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (!candidate || candidate.suspended || candidate.leech) continue;
    if (candidate.buriedUntil && candidate.buriedUntil.getTime() > nowMs) continue;
    const state = candidate.state;
    if (!state || state.state === "NEW") {
      keys[i] = candidate.position;
      fresh.push(i);
    } else if (state.state === "REVIEW") {
      if (state.due.getTime() >= dayEndMs) continue;
      keys[i] = -forgettingPressure(state, nowMs);
      reviews.push(i);
    } else if (state.due.getTime() <= nowMs) {
      keys[i] = state.due.getTime();
      learning.push(i);
    }
  }

  const queue: QueueEntry[] = [];
  const passagesTaken = new Set(input.passageKeysSeenToday);

  learning.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
  for (const i of learning) {
    const candidate = candidates[i];
    if (!candidate) continue;
    queue.push(toEntry(candidate, "learning"));
    passagesTaken.add(candidate.passageKey);
  }

  let capLeft = remaining(limits.maxReviewsPerDay, today.reviewsDone + today.newStudied);
  const take = (indexes: number[], kind: QueueKind, quota: number): number => {
    if (quota <= 0 || indexes.length === 0) return 0;
    const heap = new IndexHeap(indexes, keys);
    let taken = 0;
    while (taken < quota) {
      const i = heap.pop();
      if (i === undefined) break;
      const candidate = candidates[i];
      if (!candidate || passagesTaken.has(candidate.passageKey)) continue;
      queue.push(toEntry(candidate, kind));
      passagesTaken.add(candidate.passageKey);
      taken += 1;
    }
    return taken;
  };

  capLeft -= take(reviews, "review", capLeft);
  take(fresh, "new", Math.min(capLeft, remaining(limits.newPerDay, today.newStudied)));
  return queue;
}

export function countQueue(entries: readonly QueueEntry[]): QueueCounts {
  const counts: QueueCounts = { learning: 0, review: 0, new: 0 };
  for (const entry of entries) counts[entry.kind] += 1;
  return counts;
}
