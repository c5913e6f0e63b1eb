// Near-duplicate removal in linear-ish time: prefix filtering on rare tokens finds the only pairs that
// can reach the Jaccard threshold, so a 1 MB document does not compare every card with every other.

import { contentTokens, normalizeLoose, tokenize } from "./words";

const NEAR_DUPLICATE_THRESHOLD = 0.8;

function tokenSet(text: string): Set<string> {
  const tokens = contentTokens(text);
  return new Set(tokens.length ? tokens : tokenize(text));
}

/** Shared-token count of two ascending id arrays. */
function overlap(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** The `count` rarest ids of a set (ties broken by id), by selection: sets are small. */
function rarest(set: Int32Array, frequency: number[], count: number): number[] {
  const chosen: number[] = [];
  const taken = new Uint8Array(set.length);
  for (let round = 0; round < count && round < set.length; round++) {
    let best = -1;
    for (let index = 0; index < set.length; index++) {
      if (taken[index]) continue;
      if (best < 0) {
        best = index;
        continue;
      }
      const id = set[index] as number;
      const current = set[best] as number;
      const diff = (frequency[id] as number) - (frequency[current] as number);
      if (diff < 0 || (diff === 0 && id < current)) best = index;
    }
    taken[best] = 1;
    chosen.push(set[best] as number);
  }
  return chosen;
}

/** Keeps the first of every group of items whose texts are equal or more than `threshold` similar. */
export function dropNearDuplicates<T>(items: T[], textOf: (item: T) => string, threshold = NEAR_DUPLICATE_THRESHOLD): T[] {
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  const sets = items.map((item) => {
    const set = tokenSet(textOf(item));
    const row = new Int32Array(set.size);
    let index = 0;
    for (const token of set) {
      let id = ids.get(token);
      if (id === undefined) {
        id = ids.size;
        ids.set(token, id);
        frequency.push(0);
      }
      frequency[id] = (frequency[id] ?? 0) + 1;
      row[index++] = id;
    }
    return row.sort();
  });

  const exactEmpty = new Set<string>();
  const buckets = new Map<number, number[]>();
  const kept: T[] = [];
  const keptSets: Int32Array[] = [];
  const seenAt = new Int32Array(items.length).fill(-1);
  items.forEach((item, position) => {
    const set = sets[position] ?? new Int32Array(0);
    if (set.length === 0) {
      const normalized = normalizeLoose(textOf(item));
      if (exactEmpty.has(normalized)) return;
      exactEmpty.add(normalized);
    }
    const prefix = rarest(set, frequency, Math.max(set.length - Math.ceil(threshold * set.length) + 1, 1));
    for (const token of prefix) {
      for (const candidate of buckets.get(token) ?? []) {
        if (seenAt[candidate] === position) continue;
        seenAt[candidate] = position;
        const other = keptSets[candidate];
        if (!other || other.length < threshold * set.length || set.length < threshold * other.length) continue;
        const shared = overlap(set, other);
        if (shared / (set.length + other.length - shared) > threshold) return;
      }
    }
    const slot = kept.length;
    kept.push(item);
    keptSets.push(set);
    for (const token of prefix) {
      const bucket = buckets.get(token);
      if (bucket) bucket.push(slot);
      else buckets.set(token, [slot]);
    }
  });
  return kept;
}
