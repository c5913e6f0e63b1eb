import type { MemoryState } from "@/lib/srs/types";

/** Lapses at which a card is flagged as a leech (Anki's default). */
export const LEECH_LAPSES = 8;

export function isLeech(state: Pick<MemoryState, "lapses">): boolean {
  return state.lapses >= LEECH_LAPSES;
}

/** True only on the grade that crosses the threshold, so the data layer flags a leech once. */
export function becameLeech(previous: Pick<MemoryState, "lapses">, next: Pick<MemoryState, "lapses">): boolean {
  return !isLeech(previous) && isLeech(next);
}
