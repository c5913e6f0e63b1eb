import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/data/errors";
import { optimizeSchedule } from "@/lib/data/optimizer";
import { addDeckToStudies } from "@/lib/data/study";
import { db } from "@/lib/db";
import { makeDeck, makeUser } from "../../support/factories";

const DAY = 86_400_000;
const start = new Date("2026-01-01T12:00:00Z");

/** A plausible history: each card reviewed at growing intervals, forgotten now and then. */
async function seedHistory(userId: string, cardIds: string[], reviewsPerCard: number) {
  const cards = await db.card.findMany({ where: { id: { in: cardIds } }, select: { id: true, passageKey: true } });
  const passageOf = new Map(cards.map((card) => [card.id, card.passageKey]));
  const rows = [];
  let n = 0;
  for (const [c, cardId] of cardIds.entries()) {
    let day = c % 7;
    let interval = 1;
    for (let r = 0; r < reviewsPerCard; r++) {
      const forgot = (c * 7 + r * 3) % 9 === 0 && r > 0;
      rows.push({
        userId,
        cardId,
        passageKey: passageOf.get(cardId)!,
        clientReviewId: `seed-${n++}`,
        rating: r === 0 ? 3 : forgot ? 1 : 3,
        state: r === 0 ? ("NEW" as const) : ("REVIEW" as const),
        due: new Date(start.getTime() + day * DAY),
        stability: interval,
        difficulty: 5,
        elapsedDays: interval,
        lastElapsedDays: interval,
        scheduledDays: interval,
        learningSteps: 0,
        review: new Date(start.getTime() + day * DAY),
        previousState: {},
        resultVersion: r + 1,
      });
      interval = forgot ? 1 : Math.round(interval * 2.5);
      day += interval;
    }
  }
  await db.reviewLog.createMany({ data: rows });
}

describe("optimizing a learner's own schedule", () => {
  it("refuses with a clear message before there is enough history", async () => {
    const learner = await makeUser();
    const error = await optimizeSchedule(learner, start).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toBe("Optimizing needs at least 400 reviews; you have 0.");
  });

  it("fits parameters to 480 reviews, reports the before and after fit, and keeps the better ones", async () => {
    const learner = await makeUser();
    const { deck, cards } = await makeDeck({ cards: 80 });
    await addDeckToStudies(learner, deck.id, start);
    await seedHistory(learner.id, cards.map((c) => c.id), 6);
    const result = await optimizeSchedule(learner, new Date("2027-01-01T00:00:00Z"));
    expect(result.reviews).toBe(480);
    expect(result.after.parameters.length).toBeGreaterThanOrEqual(19);
    expect(result.after.logLoss).toBeGreaterThan(0);
    expect(result.before.logLoss).toBeGreaterThan(0);
    const saved = await db.user.findUniqueOrThrow({ where: { id: learner.id } });
    if (result.after.logLoss <= result.before.logLoss) expect(saved.fsrsParams).toEqual(result.after.parameters);
    else expect(saved.fsrsParams).toEqual([]);
  });
});
