import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError, UnauthorizedError } from "@/lib/data/errors";
import { getCatchUpPlan, getReviewQueue, recordReview, setCardHold, undoReview } from "@/lib/data/reviews";
import { addDeckToStudies } from "@/lib/data/study";
import { listLeeches } from "@/lib/data/decks";
import { db } from "@/lib/db";
import { makeDeck, makeUser } from "../../support/factories";

const now = new Date("2026-11-22T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

async function learnerWithDeck(cards = 3) {
  const learner = await makeUser({ timeZone: "UTC" });
  const { deck, cards: rows } = await makeDeck({ cards });
  await addDeckToStudies(learner, deck.id, now);
  return { learner, deck, cards: rows };
}

describe("recording a grade", () => {
  it("updates the card state and writes its log together", async () => {
    const { learner, cards } = await learnerWithDeck();
    const outcome = await recordReview(learner, { cardId: cards[0]!.id, grade: 3, clientReviewId: "review-0001", expectedVersion: 0 }, now);
    expect(outcome).toMatchObject({ version: 1, state: "LEARNING", replayed: false });
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId: cards[0]!.id } } });
    expect(state.reps).toBe(1);
    expect(state.lastReview?.toISOString()).toBe(now.toISOString());
    const logs = await db.reviewLog.findMany({ where: { userId: learner.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, state: "NEW", resultVersion: 1, undone: false });
  });

  it("keeps times exact when the server runs in another time zone", async () => {
    const serverZone = process.env.TZ;
    process.env.TZ = "Asia/Kolkata"; // +05:30: a misread timestamp would be off by hours
    try {
      const { learner, cards } = await learnerWithDeck();
      const outcome = await recordReview(learner, { cardId: cards[0]!.id, grade: 3, clientReviewId: "zone-1", expectedVersion: 0 }, now);
      const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId: cards[0]!.id } } });
      expect(state.lastReview?.toISOString()).toBe(now.toISOString());
      expect(state.due.toISOString()).toBe(outcome.due.toISOString());
      expect(outcome.due.getTime() - now.getTime()).toBe(10 * 60_000);
      // The learning card is due ten minutes later, read back through the queue's own query.
      const queue = await getReviewQueue(learner, {}, later(5));
      expect(queue.nextLearningDue?.toISOString()).toBe(outcome.due.toISOString());
    } finally {
      process.env.TZ = serverZone;
    }
  });

  it("the same review id sent twice records once and answers the same", async () => {
    const { learner, cards } = await learnerWithDeck();
    const input = { cardId: cards[0]!.id, grade: 3 as const, clientReviewId: "review-replay", expectedVersion: 0 };
    const first = await recordReview(learner, input, now);
    const second = await recordReview(learner, input, later(1));
    expect(second).toMatchObject({ reviewId: first.reviewId, version: first.version, state: first.state, replayed: true });
    expect(second.due.toISOString()).toBe(first.due.toISOString());
    expect(await db.reviewLog.count()).toBe(1);
  });

  it("a grade from a stale tab is a conflict that writes nothing", async () => {
    const { learner, cards } = await learnerWithDeck();
    await recordReview(learner, { cardId: cards[0]!.id, grade: 3, clientReviewId: "tab-one-1", expectedVersion: 0 }, now);
    const error = await recordReview(learner, { cardId: cards[0]!.id, grade: 1, clientReviewId: "tab-two-1", expectedVersion: 0 }, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).details).toMatchObject({ version: 1, state: "LEARNING" });
    expect(await db.reviewLog.count()).toBe(1);
  });

  it("of two tabs grading at once, exactly one wins, 50 times over", async () => {
    const { learner, cards } = await learnerWithDeck(50);
    for (const [index, card] of cards.entries()) {
      const results = await Promise.allSettled([
        recordReview(learner, { cardId: card.id, grade: 3, clientReviewId: `a-${index}-xxxxx`, expectedVersion: 0 }, now),
        recordReview(learner, { cardId: card.id, grade: 1, clientReviewId: `b-${index}-xxxxx`, expectedVersion: 0 }, now),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r) => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    }
    expect(await db.reviewLog.count()).toBe(50);
    const states = await db.cardState.findMany({ where: { userId: learner.id } });
    expect(states.every((s) => s.version === 1)).toBe(true);
  });

  it("a stranger's card is not found and nothing is written", async () => {
    const { cards } = await learnerWithDeck();
    const stranger = await makeUser();
    await expect(recordReview(stranger, { cardId: cards[0]!.id, grade: 3, clientReviewId: "stranger-1", expectedVersion: 0 }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it("again on a review card counts a lapse", async () => {
    const { learner, cards } = await learnerWithDeck(1);
    const cardId = cards[0]!.id;
    let version = 0;
    let clock = now;
    for (const [i, grade] of ([3, 3, 3] as const).entries()) {
      const outcome = await recordReview(learner, { cardId, grade, clientReviewId: `grade-${i}-xxxx`, expectedVersion: version }, clock);
      version = outcome.version;
      clock = new Date(outcome.due.getTime() + 60_000);
    }
    const before = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId } } });
    expect(before.state).toBe("REVIEW");
    await recordReview(learner, { cardId, grade: 1, clientReviewId: "grade-lapse-x", expectedVersion: version }, clock);
    const after = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId } } });
    expect(after.lapses).toBe(before.lapses + 1);
    expect(after.state).toBe("RELEARNING");
  });
});

describe("undo", () => {
  it("restores the card exactly as it was and marks the log undone", async () => {
    const { learner, cards } = await learnerWithDeck();
    const cardId = cards[0]!.id;
    const first = await recordReview(learner, { cardId, grade: 3, clientReviewId: "undo-first", expectedVersion: 0 }, now);
    const before = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId } } });
    const second = await recordReview(learner, { cardId, grade: 1, clientReviewId: "undo-second", expectedVersion: first.version }, later(10));
    const restored = await undoReview(learner, undefined, later(11));
    const after = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId } } });
    const fields = ["due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"] as const;
    for (const field of fields) expect(after[field]).toEqual(before[field]);
    expect(restored.version).toBe(second.version + 1);
    const log = await db.reviewLog.findUniqueOrThrow({ where: { id: second.reviewId } });
    expect(log.undone).toBe(true);
  });

  it("the client's own review id names the grade to undo", async () => {
    const { learner, cards } = await learnerWithDeck();
    await recordReview(learner, { cardId: cards[0]!.id, grade: 3, clientReviewId: "client-named-1", expectedVersion: 0 }, now);
    const restored = await undoReview(learner, "client-named-1", later(1));
    expect(restored).toMatchObject({ cardId: cards[0]!.id, state: "NEW", version: 2 });
  });

  it("a stranger cannot undo someone else's grade", async () => {
    const { learner, cards } = await learnerWithDeck();
    const outcome = await recordReview(learner, { cardId: cards[0]!.id, grade: 3, clientReviewId: "undo-stranger", expectedVersion: 0 }, now);
    const stranger = await makeUser();
    await expect(undoReview(stranger, outcome.reviewId, later(1))).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.reviewLog.findUniqueOrThrow({ where: { id: outcome.reviewId } })).undone).toBe(false);
  });
});

describe("today's queue", () => {
  it("shows new cards in document order, up to the daily limit", async () => {
    const learner = await makeUser({ timeZone: "UTC", newCardsPerDay: 2 });
    const { deck, cards } = await makeDeck({ cards: 5 });
    await addDeckToStudies(learner, deck.id, now);
    const queue = await getReviewQueue(learner, {}, now);
    expect(queue.cards.map((c) => c.cardId)).toEqual([cards[0]!.id, cards[1]!.id]);
    expect(queue.counts).toEqual({ learning: 0, review: 0, new: 2 });
    expect(queue.cards[0]!.intervals[3]).toMatch(/^\d+(m|h|d)$/);
  });

  it("counts new cards studied earlier today against the limit", async () => {
    const learner = await makeUser({ timeZone: "UTC", newCardsPerDay: 2 });
    const { deck, cards } = await makeDeck({ cards: 5 });
    await addDeckToStudies(learner, deck.id, now);
    await recordReview(learner, { cardId: cards[0]!.id, grade: 4, clientReviewId: "easy-first", expectedVersion: 0 }, now);
    const queue = await getReviewQueue(learner, {}, later(1));
    expect(queue.counts.new).toBe(1);
  });

  it("keeps siblings from the same passage for another day", async () => {
    const learner = await makeUser({ timeZone: "UTC" });
    const { deck } = await makeDeck({ cards: 3, passagesShared: true });
    await addDeckToStudies(learner, deck.id, now);
    const queue = await getReviewQueue(learner, {}, now);
    expect(queue.cards).toHaveLength(1);
  });

  it("a card graded today keeps its siblings out until the next study day", async () => {
    const learner = await makeUser({ timeZone: "UTC" });
    const { deck, cards } = await makeDeck({ cards: 3, passagesShared: true });
    await addDeckToStudies(learner, deck.id, now);
    await recordReview(learner, { cardId: cards[0]!.id, grade: 4, clientReviewId: "first-of-passage", expectedVersion: 0 }, now);
    expect((await getReviewQueue(learner, {}, later(60))).cards).toHaveLength(0);
    const tomorrow = await getReviewQueue(learner, {}, new Date("2026-11-23T10:00:00Z"));
    expect(tomorrow.cards.map((card) => card.cardId)).toEqual([cards[1]!.id]);
  });

  it("never shows another learner's cards, and suspended cards stay out", async () => {
    const { learner, cards } = await learnerWithDeck(3);
    const stranger = await makeUser();
    expect((await getReviewQueue(stranger, {}, now)).cards).toHaveLength(0);
    await setCardHold(learner, cards[0]!.id, "suspend", now);
    const queue = await getReviewQueue(learner, {}, now);
    expect(queue.cards.map((c) => c.cardId)).not.toContain(cards[0]!.id);
    await expect(setCardHold(stranger, cards[1]!.id, "suspend", now)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("catching up after a break", () => {
  it("plans a backlog larger than the daily cap: days needed and the day it is cleared", async () => {
    const learner = await makeUser({ timeZone: "UTC", maxReviewsPerDay: 2 });
    const { deck, cards } = await makeDeck({ cards: 5 });
    await addDeckToStudies(learner, deck.id, now);
    await db.cardState.updateMany({
      where: { userId: learner.id },
      data: { state: "REVIEW", due: new Date("2026-10-01T00:00:00Z"), stability: 5, difficulty: 5, lastReview: new Date("2026-09-26T00:00:00Z"), reps: 3 },
    });
    const plan = await getCatchUpPlan(learner, now);
    expect(plan).toMatchObject({ overdue: 5, dailyCap: 2, days: 3 });
    expect(plan!.clearedOn.toISOString()).toBe("2026-11-24T04:00:00.000Z");
    const queue = await getReviewQueue(learner, {}, now);
    expect(queue.cards).toHaveLength(2);
    expect(cards.map((c) => c.id)).toEqual(expect.arrayContaining(queue.cards.map((c) => c.cardId)));
  });

  it("gives the day's capped reviews to the cards closest to being forgotten", async () => {
    const learner = await makeUser({ timeZone: "UTC", maxReviewsPerDay: 1, newCardsPerDay: 0 });
    const { deck, cards } = await makeDeck({ cards: 3 });
    await addDeckToStudies(learner, deck.id, now);
    const lastReview = new Date("2026-11-01T00:00:00Z");
    for (const [i, stability] of [40, 3, 15].entries()) {
      await db.cardState.update({
        where: { userId_cardId: { userId: learner.id, cardId: cards[i]!.id } },
        data: { state: "REVIEW", due: new Date("2026-11-20T00:00:00Z"), stability, difficulty: 5, lastReview, reps: 2 },
      });
    }
    const queue = await getReviewQueue(learner, {}, now);
    expect(queue.cards.map((c) => c.cardId)).toEqual([cards[1]!.id]);
  });

  it("offers no plan when the backlog fits in a day", async () => {
    const { learner } = await learnerWithDeck(3);
    expect(await getCatchUpPlan(learner, now)).toBeNull();
  });
});

describe("grading from a session", () => {
  it("a session ended elsewhere cannot grade, and nothing is written", async () => {
    const { learner, cards } = await learnerWithDeck();
    const row = await db.user.update({ where: { id: learner.id }, data: { tokenVersion: { increment: 1 } }, select: { tokenVersion: true } });
    const stale = { id: learner.id, tokenVersion: row.tokenVersion - 1 };
    await expect(recordReview(stale, { cardId: cards[0]!.id, grade: 3, clientReviewId: "stale-session", expectedVersion: 0 }, now)).rejects.toBeInstanceOf(UnauthorizedError);
    const fresh = { id: learner.id, tokenVersion: row.tokenVersion };
    await expect(recordReview(fresh, { cardId: cards[0]!.id, grade: 3, clientReviewId: "fresh-session", expectedVersion: 0 }, now)).resolves.toMatchObject({ version: 1 });
    expect(await db.reviewLog.count()).toBe(1);
  });

  it("uses the learner's own desired retention from the database", async () => {
    const { learner, cards } = await learnerWithDeck(2);
    await db.user.update({ where: { id: learner.id }, data: { desiredRetention: 0.97 } });
    const strict = await recordReview({ id: learner.id }, { cardId: cards[0]!.id, grade: 4, clientReviewId: "retention-97", expectedVersion: 0 }, now);
    await db.user.update({ where: { id: learner.id }, data: { desiredRetention: 0.7 } });
    const relaxed = await recordReview({ id: learner.id }, { cardId: cards[1]!.id, grade: 4, clientReviewId: "retention-70", expectedVersion: 0 }, now);
    expect(relaxed.due.getTime()).toBeGreaterThan(strict.due.getTime());
  });
});

describe("leeches", () => {
  it("the eighth lapse suspends the card, lists it to fix, and unsuspending brings it back", async () => {
    const { learner, cards } = await learnerWithDeck(2);
    const cardId = cards[0]!.id;
    await db.cardState.update({
      where: { userId_cardId: { userId: learner.id, cardId } },
      data: { state: "REVIEW", due: now, stability: 2, difficulty: 8, lastReview: new Date("2026-11-20T10:00:00Z"), reps: 20, lapses: 7 },
    });
    const outcome = await recordReview(learner, { cardId, grade: 1, clientReviewId: "eighth-lapse", expectedVersion: 0 }, now);
    expect(outcome.leech).toBe(true);
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId } } });
    expect(state).toMatchObject({ lapses: 8, leech: true, suspended: true });
    expect((await listLeeches(learner)).map((l) => l.cardId)).toEqual([cardId]);
    expect((await getReviewQueue(learner, {}, later(20))).cards.map((c) => c.cardId)).not.toContain(cardId);
    const stranger = await makeUser();
    expect(await listLeeches(stranger)).toEqual([]);
    await setCardHold(learner, cardId, "unsuspend", later(1));
    expect(await listLeeches(learner)).toEqual([]);
  });
});
