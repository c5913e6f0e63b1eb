import { describe, expect, it } from "vitest";
import { pickQuizItems } from "@/lib/quiz/pick-items";

/** A small seeded generator (mulberry32): the same seed gives the same quiz. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const item = (id: string, kind: string, passageKey = `p-${id}`) => ({ id, kind, passageKey });

const pool = [
  ...Array.from({ length: 20 }, (_, i) => item(`mc${i}`, "MULTIPLE_CHOICE")),
  ...Array.from({ length: 3 }, (_, i) => item(`tf${i}`, "TRUE_FALSE")),
  item("typed0", "TYPED"),
  item("match0", "MATCHING"),
];

describe("picking quiz items", () => {
  it("takes every kind before a second of any", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const picked = pickQuizItems(pool, 4, seeded(seed));
      expect(new Set(picked.map((p) => p.kind)).size).toBe(4);
    }
  });

  it("fills the rest from the kinds that still have items, never repeating one", () => {
    const picked = pickQuizItems(pool, 10, seeded(7));
    expect(picked).toHaveLength(10);
    expect(new Set(picked.map((p) => p.id)).size).toBe(10);
    const count = (kind: string) => picked.filter((p) => p.kind === kind).length;
    expect([count("TYPED"), count("MATCHING"), count("TRUE_FALSE"), count("MULTIPLE_CHOICE")]).toEqual([1, 1, 3, 5]);
  });

  it("asks about different passages while there are any", () => {
    const shared = [item("a", "MULTIPLE_CHOICE", "one"), item("b", "TYPED", "one"), item("c", "TRUE_FALSE", "two"), item("d", "MATCHING", "three")];
    for (let seed = 1; seed <= 30; seed++) {
      const picked = pickQuizItems(shared, 3, seeded(seed));
      expect(new Set(picked.map((p) => p.passageKey)), `seed ${seed}`).toEqual(new Set(["one", "two", "three"]));
    }
  });

  it("gives all there is when asked for more, and nothing from nothing", () => {
    expect(pickQuizItems(pool.slice(0, 3), 30, seeded(1))).toHaveLength(3);
    expect(pickQuizItems([], 10, seeded(1))).toEqual([]);
  });

  it("is the same quiz for the same random sequence and another for another", () => {
    const ids = (seed: number) => pickQuizItems(pool, 10, seeded(seed)).map((p) => p.id);
    expect(ids(42)).toEqual(ids(42));
    expect(ids(42)).not.toEqual(ids(43));
  });
});
