import { describe, expect, it } from "vitest";
import { type QueueCandidate, type QueueInput, buildQueue, countQueue } from "@/lib/srs/queue";
import type { MemoryState } from "@/lib/srs/types";
import { DAY_MS, MINUTE_MS, addMs, at, makeReviewState } from "./fixtures";

const NOW = at("2025-03-10T12:00:00Z");
const DAY = { start: at("2025-03-10T04:00:00Z"), end: at("2025-03-11T04:00:00Z") };

let nextId = 0;
function card(overrides: Partial<QueueCandidate> & { cardId?: string } = {}): QueueCandidate {
  nextId += 1;
  const cardId = overrides.cardId ?? `c${nextId}`;
  return {
    cardId,
    deckId: "deck",
    passageKey: `passage-${cardId}`,
    position: nextId,
    state: null,
    suspended: false,
    buriedUntil: null,
    leech: false,
    ...overrides,
  };
}

function learning(cardId: string, due: Date, extra: Partial<MemoryState> = {}): QueueCandidate {
  return card({ cardId, state: makeReviewState({ state: "LEARNING", due, scheduledDays: 0, ...extra }) });
}

/** A review card last seen `daysAgo` with the given stability. */
function review(cardId: string, daysAgo: number, stability: number, due: Date = NOW): QueueCandidate {
  return card({ cardId, state: makeReviewState({ due, stability, lastReview: addMs(NOW, -daysAgo * DAY_MS) }) });
}

function input(candidates: QueueCandidate[], overrides: Partial<QueueInput> = {}): QueueInput {
  return {
    candidates,
    now: NOW,
    day: DAY,
    limits: { newPerDay: 20, maxReviewsPerDay: 200 },
    today: { newStudied: 0, reviewsDone: 0 },
    passageKeysSeenToday: new Set(),
    ...overrides,
  };
}

const ids = (candidates: QueueCandidate[], overrides: Partial<QueueInput> = {}) =>
  buildQueue(input(candidates, overrides)).map((entry) => entry.cardId);

describe("buildQueue", () => {
  it("puts learning cards due now first, then reviews, then new cards", () => {
    const queue = buildQueue(
      input([card({ cardId: "new" }), review("review", 10, 10), learning("learning", addMs(NOW, -MINUTE_MS))]),
    );
    expect(queue.map((entry) => [entry.cardId, entry.kind])).toEqual([
      ["learning", "learning"],
      ["review", "review"],
      ["new", "new"],
    ]);
  });

  it("orders learning cards earliest due first and leaves those not yet due", () => {
    const order = ids([
      learning("later", addMs(NOW, -1 * MINUTE_MS)),
      learning("not-yet", addMs(NOW, 5 * MINUTE_MS)),
      learning("earlier", addMs(NOW, -9 * MINUTE_MS), { state: "RELEARNING" }),
      learning("exactly-now", NOW),
    ]);
    expect(order).toEqual(["earlier", "later", "exactly-now"]);
  });

  it("orders reviews lowest predicted recall first, not by due date", () => {
    const order = ids([
      review("fresh", 5, 50, addMs(NOW, -DAY_MS)), // elapsed/stability 0.1
      review("forgotten", 20, 4, NOW), // 5
      review("shaky", 12, 6, addMs(NOW, -3 * DAY_MS)), // 2
    ]);
    expect(order).toEqual(["forgotten", "shaky", "fresh"]);
  });

  it("includes reviews due later in the study day and leaves those due after it", () => {
    const order = ids([
      review("tonight", 5, 10, addMs(DAY.end, -1)),
      review("tomorrow", 5, 10, DAY.end),
    ]);
    expect(order).toEqual(["tonight"]);
  });

  it("introduces new cards in document order", () => {
    const order = ids([card({ cardId: "third", position: 3 }), card({ cardId: "first", position: 1 }), card({ cardId: "second", position: 2 })]);
    expect(order).toEqual(["first", "second", "third"]);
  });

  it("counts a NEW state like a never-studied card", () => {
    const order = ids([card({ cardId: "seeded", position: 1, state: makeReviewState({ state: "NEW", lastReview: null }) })]);
    expect(order).toEqual(["seeded"]);
  });

  it("new-card daily limit counts the new cards already studied today", () => {
    const fresh = Array.from({ length: 10 }, (_, i) => card({ cardId: `n${i}`, position: i }));
    expect(ids(fresh, { limits: { newPerDay: 5, maxReviewsPerDay: 200 }, today: { newStudied: 3, reviewsDone: 0 } })).toEqual(["n0", "n1"]);
    expect(ids(fresh, { limits: { newPerDay: 5, maxReviewsPerDay: 200 }, today: { newStudied: 7, reviewsDone: 0 } })).toEqual([]);
  });

  it("caps reviews and new cards together at what is left of the daily maximum", () => {
    const reviews = Array.from({ length: 6 }, (_, i) => review(`r${i}`, 10 + i, 5));
    const fresh = Array.from({ length: 6 }, (_, i) => card({ cardId: `n${i}`, position: i }));
    // 10 allowed, 4 reviews + 2 new done: 4 left, filled by the most forgotten reviews
    expect(ids([...fresh, ...reviews], { limits: { newPerDay: 20, maxReviewsPerDay: 10 }, today: { newStudied: 2, reviewsDone: 4 } })).toEqual(["r5", "r4", "r3", "r2"]);
    // 8 left: all six reviews, then two new cards
    expect(ids([...fresh, ...reviews], { limits: { newPerDay: 20, maxReviewsPerDay: 10 }, today: { newStudied: 2, reviewsDone: 0 } })).toEqual(["r5", "r4", "r3", "r2", "r1", "r0", "n0", "n1"]);
  });

  it("still shows learning cards due now once the daily maximum is reached", () => {
    const order = ids([review("review", 10, 5), card({ cardId: "new" }), learning("learning", NOW)], {
      limits: { newPerDay: 20, maxReviewsPerDay: 10 },
      today: { newStudied: 4, reviewsDone: 6 },
    });
    expect(order).toEqual(["learning"]);
  });

  it("holds back a sibling of a card already in today's queue", () => {
    const order = ids([
      { ...review("shaky", 10, 5), passageKey: "p1" },
      { ...review("sibling", 20, 5), passageKey: "p1" },
      { ...card({ cardId: "new-sibling", position: 1 }), passageKey: "p1" },
      { ...card({ cardId: "new-other", position: 2 }), passageKey: "p2" },
    ]);
    expect(order).toEqual(["sibling", "new-other"]);
  });

  it("holds back siblings of cards studied earlier today, but never learning cards in progress", () => {
    const order = ids(
      [
        { ...review("review", 10, 5), passageKey: "seen" },
        { ...card({ cardId: "new" }), passageKey: "seen" },
        { ...learning("learning", NOW), passageKey: "seen" },
        { ...card({ cardId: "unrelated" }), passageKey: "other" },
      ],
      { passageKeysSeenToday: new Set(["seen"]) },
    );
    expect(order).toEqual(["learning", "unrelated"]);
  });

  it("a held-back sibling does not use up the daily maximum", () => {
    const order = ids(
      [{ ...review("a", 30, 5), passageKey: "p" }, { ...review("b", 20, 5), passageKey: "p" }, review("c", 10, 5)],
      { limits: { newPerDay: 20, maxReviewsPerDay: 2 } },
    );
    expect(order).toEqual(["a", "c"]);
  });

  it("leaves out suspended cards, leeches and cards buried until later", () => {
    const order = ids([
      card({ cardId: "suspended", suspended: true }),
      { ...review("leech", 10, 5), leech: true },
      card({ cardId: "buried", buriedUntil: addMs(NOW, 1) }),
      card({ cardId: "unburied", buriedUntil: NOW }),
      { ...learning("buried-learning", NOW), buriedUntil: addMs(NOW, DAY_MS) },
    ]);
    expect(order).toEqual(["unburied"]);
  });

  it("keeps the input order between new cards at the same position", () => {
    expect(ids([card({ cardId: "b", position: 1 }), card({ cardId: "a", position: 1 })])).toEqual(["b", "a"]);
  });

  it("gives each entry its deck, passage and due date", () => {
    const queue = buildQueue(input([{ ...review("r", 10, 5), deckId: "d1" }, card({ cardId: "n", deckId: "d2" })]));
    expect(queue).toEqual([
      { cardId: "r", deckId: "d1", passageKey: "passage-r", kind: "review", due: NOW },
      { cardId: "n", deckId: "d2", passageKey: "passage-n", kind: "new", due: null },
    ]);
  });
});

describe("countQueue", () => {
  it("counts learning, review and new entries", () => {
    const queue = buildQueue(
      input([learning("l1", NOW), learning("l2", NOW), review("r", 10, 5), card({ cardId: "n1" }), card({ cardId: "n2" }), card({ cardId: "n3" })]),
    );
    expect(countQueue(queue)).toEqual({ learning: 2, review: 1, new: 3 });
    expect(countQueue([])).toEqual({ learning: 0, review: 0, new: 0 });
  });
});
