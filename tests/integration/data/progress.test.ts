import { describe, expect, it } from "vitest";
import { getProgress, getStreak } from "@/lib/data/progress";
import { recordReview, setCardHold, undoReview } from "@/lib/data/reviews";
import { updateSettings } from "@/lib/data/settings";
import { addDeckToStudies, removeDeckFromStudies } from "@/lib/data/study";
import type { Viewer } from "@/lib/data/viewer";
import { db } from "@/lib/db";
import type { Grade } from "@/lib/srs/types";
import { makeDeck, makeUser } from "../../support/factories";

// January: Paris is UTC+1 and New York UTC-5, with no daylight-saving change nearby.
const now = new Date("2026-01-20T15:00:00Z");
const DAY = 86_400_000;
const daysAgo = (days: number, at = now) => new Date(at.getTime() - days * DAY);

let reviewCounter = 0;

/** Grades a card at a fixed time, whatever version it is at. */
async function grade(viewer: Viewer, cardId: string, rating: Grade, at: Date, durationMs?: number) {
  const state = await db.cardState.findUnique({ where: { userId_cardId: { userId: viewer.id, cardId } }, select: { version: true } });
  return recordReview(viewer, { cardId, grade: rating, clientReviewId: `review-${reviewCounter++}-xxxx`, expectedVersion: state?.version ?? 0, durationMs }, at);
}

/** Grades Good until the card has graduated to REVIEW, each grade when the card comes due. */
async function graduate(viewer: Viewer, cardId: string, start: Date): Promise<Date> {
  let clock = start;
  for (let i = 0; i < 6; i++) {
    const outcome = await grade(viewer, cardId, 3, clock);
    if (outcome.state === "REVIEW") return clock;
    clock = new Date(outcome.due.getTime() + 60_000);
  }
  throw new Error("card never graduated");
}

async function learnerWithDeck(cards: number, overrides: Parameters<typeof makeUser>[0] = {}) {
  const learner = await makeUser({ timeZone: "UTC", ...overrides });
  const { deck, cards: rows } = await makeDeck({ cards, title: "Foundations" });
  await addDeckToStudies(learner, deck.id, daysAgo(60));
  return { learner, deck, cardIds: rows.map((row) => row.id) };
}

describe("the study calendar", () => {
  it("a review at 02:00 local time with rollover at 4 counts for the previous day", async () => {
    const { learner, cardIds } = await learnerWithDeck(1, { timeZone: "Europe/Paris", rolloverHour: 4 });
    // 01:00 UTC is 02:00 in Paris on the 15th: still the study day of the 14th.
    await grade(learner, cardIds[0]!, 3, new Date("2026-01-15T01:00:00Z"));
    const progress = await getProgress(learner, now);
    expect(progress.heatmap).toEqual({ "2026-01-14": 1 });
    expect(progress.today).toBe("2026-01-20");
  });

  it("changing the time zone moves the review to the day it was there", async () => {
    const { learner, cardIds } = await learnerWithDeck(1, { timeZone: "Europe/Paris", rolloverHour: 4 });
    await grade(learner, cardIds[0]!, 3, new Date("2026-01-15T01:00:00Z"));
    // 01:00 UTC is 10:00 in Tokyo on the 15th.
    const inTokyo = await updateSettings(learner, { ...learner, timeZone: "Asia/Tokyo" });
    expect((await getProgress(inTokyo, now)).heatmap).toEqual({ "2026-01-15": 1 });
    const earlyRollover = await updateSettings(learner, { ...learner, timeZone: "Europe/Paris", rolloverHour: 0 });
    expect((await getProgress(earlyRollover, now)).heatmap).toEqual({ "2026-01-15": 1 });
  });

  it("covers the past 365 days and leaves out undone grades", async () => {
    const { learner, cardIds } = await learnerWithDeck(3);
    await grade(learner, cardIds[0]!, 3, daysAgo(400));
    await grade(learner, cardIds[1]!, 3, daysAgo(364));
    await grade(learner, cardIds[2]!, 3, daysAgo(1));
    await grade(learner, cardIds[2]!, 1, daysAgo(1));
    await undoReview(learner, undefined, daysAgo(1));
    const progress = await getProgress(learner, now);
    expect(progress.heatmap).toEqual({ "2025-01-21": 1, "2026-01-19": 1 });
    expect(progress.totalReviews).toBe(3);
  });
});

describe("retention", () => {
  it("is the share of reviews of learned cards that were not Again, over 7 and 30 days", async () => {
    const { learner, cardIds } = await learnerWithDeck(5);
    const [a, b, c, d, fresh] = cardIds as [string, string, string, string, string];
    for (const cardId of [a, b, c, d]) await graduate(learner, cardId, daysAgo(45));

    // Days 8 to 30 ago: two passes.
    await grade(learner, d, 3, daysAgo(20));
    await grade(learner, a, 4, daysAgo(10));
    // The last 7 days: Good and Hard pass, Again fails; a new card and an undone grade do not count.
    await grade(learner, a, 3, daysAgo(3));
    await grade(learner, b, 1, daysAgo(2));
    await grade(learner, b, 3, daysAgo(2)); // now relearning: not a review of a learned card
    await grade(learner, c, 2, daysAgo(1));
    await grade(learner, fresh, 3, daysAgo(1));
    await grade(learner, d, 1, daysAgo(1));
    await undoReview(learner, undefined, daysAgo(1));

    const { retention } = await getProgress(learner, now);
    expect(retention.last7).toEqual({ reviews: 3, passed: 2, rate: 2 / 3 });
    expect(retention.last30).toEqual({ reviews: 5, passed: 4, rate: 4 / 5 });
  });

  it("is unknown, not zero, without reviews of learned cards", async () => {
    const { learner, cardIds } = await learnerWithDeck(1);
    await grade(learner, cardIds[0]!, 1, daysAgo(1));
    const { retention } = await getProgress(learner, now);
    expect(retention.last7).toEqual({ reviews: 0, passed: 0, rate: null });
  });
});

describe("the forecast", () => {
  it("counts due cards per study day for 30 days, with overdue cards today", async () => {
    // New York, rollover 4: today is Jan 20 from 09:00 UTC on the 20th to 09:00 UTC on the 21st.
    const { learner, cardIds } = await learnerWithDeck(7, { timeZone: "America/New_York", rolloverHour: 4 });
    const other = await makeDeck({ cards: 1 });
    await addDeckToStudies(learner, other.deck.id, daysAgo(60));
    const setDue = (cardId: string, due: string, extra: { state?: "NEW" | "REVIEW"; suspended?: boolean } = {}) =>
      db.cardState.update({ where: { userId_cardId: { userId: learner.id, cardId } }, data: { due: new Date(due), state: "REVIEW", ...extra } });
    await setDue(cardIds[0]!, "2026-01-10T12:00:00Z"); // overdue: today
    await setDue(cardIds[1]!, "2026-01-21T08:00:00Z"); // 03:00 on the 21st in New York: still today
    await setDue(cardIds[2]!, "2026-01-21T10:00:00Z"); // tomorrow
    await setDue(cardIds[3]!, "2026-02-18T12:00:00Z"); // the 30th day shown
    await setDue(cardIds[4]!, "2026-02-19T12:00:00Z"); // beyond the forecast
    await setDue(cardIds[5]!, "2026-01-21T10:00:00Z", { suspended: true });
    await setDue(cardIds[6]!, "2026-01-21T10:00:00Z", { state: "NEW" });
    await setDue(other.cards[0]!.id, "2026-01-21T10:00:00Z");
    await removeDeckFromStudies(learner, other.deck.id);

    const { forecast } = await getProgress(learner, now);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ date: "2026-01-20", count: 2 });
    expect(forecast[1]).toEqual({ date: "2026-01-21", count: 1 });
    expect(forecast[29]).toEqual({ date: "2026-02-18", count: 1 });
    expect(forecast.reduce((sum, day) => sum + day.count, 0)).toBe(4);
  });
});

describe("cards by deck", () => {
  it("counts each studied deck's cards by state, suspended apart", async () => {
    const { learner, deck, cardIds } = await learnerWithDeck(5);
    await graduate(learner, cardIds[0]!, daysAgo(30));
    await grade(learner, cardIds[1]!, 3, daysAgo(1));
    await graduate(learner, cardIds[2]!, daysAgo(30));
    await grade(learner, cardIds[2]!, 1, daysAgo(1));
    await setCardHold(learner, cardIds[3]!, "suspend", daysAgo(1));
    const { byDeck } = await getProgress(learner, now);
    expect(byDeck).toEqual([{ deckId: deck.id, title: "Foundations", new: 1, learning: 1, review: 1, relearning: 1, suspended: 1 }]);
  });
});

describe("time spent", () => {
  it("adds up review durations for today, 7 days, 30 days and all time", async () => {
    const { learner, cardIds } = await learnerWithDeck(4);
    await grade(learner, cardIds[0]!, 3, new Date("2026-01-20T10:00:00Z"), 5_000);
    await grade(learner, cardIds[1]!, 3, daysAgo(3), 7_000);
    await grade(learner, cardIds[2]!, 3, daysAgo(20), 11_000);
    await grade(learner, cardIds[3]!, 3, daysAgo(100), 13_000);
    const { time } = await getProgress(learner, now);
    expect(time).toEqual({ todayMs: 5_000, last7Ms: 12_000, last30Ms: 23_000, totalMs: 36_000 });
  });
});

describe("the streak", () => {
  it("counts consecutive study days and stays alive when yesterday was studied", async () => {
    const { learner, cardIds } = await learnerWithDeck(6);
    for (const [index, days] of [10, 9, 8, 2, 1].entries()) await grade(learner, cardIds[index]!, 3, daysAgo(days));
    expect((await getProgress(learner, now)).streak).toEqual({ current: 2, longest: 3 });
    expect(await getStreak(learner, now)).toEqual({ current: 2, longest: 3 });

    await grade(learner, cardIds[5]!, 3, now);
    expect(await getStreak(learner, now)).toEqual({ current: 3, longest: 3 });
  });

  it("is broken after a day without reviews", async () => {
    const { learner, cardIds } = await learnerWithDeck(2);
    await grade(learner, cardIds[0]!, 3, daysAgo(3));
    await grade(learner, cardIds[1]!, 3, daysAgo(2));
    expect(await getStreak(learner, now)).toEqual({ current: 0, longest: 2 });
  });

  it("follows the viewer's study day, not the UTC date", async () => {
    const { learner, cardIds } = await learnerWithDeck(2, { timeZone: "America/New_York", rolloverHour: 4 });
    // 02:00 UTC on the 20th is 21:00 on the 19th in New York: yesterday there, so the streak is alive.
    await grade(learner, cardIds[0]!, 3, new Date("2026-01-20T02:00:00Z"));
    expect(await getStreak(learner, now)).toEqual({ current: 1, longest: 1 });
  });
});

describe("privacy", () => {
  it("a stranger's progress never includes my reviews", async () => {
    const { learner, cardIds } = await learnerWithDeck(2);
    await grade(learner, cardIds[0]!, 3, daysAgo(1), 5_000);
    await grade(learner, cardIds[1]!, 3, now, 5_000);
    const stranger = await makeUser({ timeZone: "UTC" });
    const progress = await getProgress(stranger, now);
    expect(progress.totalReviews).toBe(0);
    expect(progress.heatmap).toEqual({});
    expect(progress.byDeck).toEqual([]);
    expect(progress.forecast.every((day) => day.count === 0)).toBe(true);
    expect(progress.time.totalMs).toBe(0);
    expect(progress.streak).toEqual({ current: 0, longest: 0 });
    expect(await getStreak(stranger, now)).toEqual({ current: 0, longest: 0 });
  });
});
