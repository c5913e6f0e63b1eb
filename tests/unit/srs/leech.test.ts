import { describe, expect, it } from "vitest";
import { LEECH_LAPSES, becameLeech, isLeech } from "@/lib/srs/leech";
import { applyGrade } from "@/lib/srs/scheduler";
import { DEFAULT_SETTINGS, makeReviewState } from "./fixtures";

describe("leech", () => {
  it("a card becomes a leech at its eighth lapse", () => {
    expect(LEECH_LAPSES).toBe(8);
    expect(isLeech({ lapses: 7 })).toBe(false);
    expect(isLeech({ lapses: 8 })).toBe(true);
    expect(isLeech({ lapses: 12 })).toBe(true);
  });

  it("reports crossing the threshold only on the grade that crosses it", () => {
    expect(becameLeech({ lapses: 7 }, { lapses: 8 })).toBe(true);
    expect(becameLeech({ lapses: 8 }, { lapses: 9 })).toBe(false);
    expect(becameLeech({ lapses: 6 }, { lapses: 7 })).toBe(false);
  });

  it("eight agains on a review card make a leech", () => {
    let state = makeReviewState();
    const flags: boolean[] = [];
    for (let lapse = 1; lapse <= LEECH_LAPSES; lapse++) {
      const again = applyGrade(state, 1, state.due, DEFAULT_SETTINGS).next;
      // graduate again with Good so the next Again is a lapse on a review card
      state = applyGrade(again, 3, again.due, DEFAULT_SETTINGS).next;
      flags.push(isLeech(state));
    }
    expect(state.lapses).toBe(8);
    expect(flags).toEqual([false, false, false, false, false, false, false, true]);
  });
});
