import { describe, expect, it } from "vitest";
import { getCardSource, getDeck, listStudyDecks } from "@/lib/data/decks";
import { NotFoundError } from "@/lib/data/errors";
import { addDeckToStudies, listLibraryDecks, removeDeckFromStudies } from "@/lib/data/study";
import { db } from "@/lib/db";
import { makeDeck, makeUser } from "../../support/factories";

const now = new Date("2026-11-22T10:00:00Z");

describe("decks and the library", () => {
  it("a teacher's draft deck, its cards and their sources are invisible to everyone else", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const stranger = await makeUser();
    const { deck, cards } = await makeDeck({ ownerId: teacher.id, status: "DRAFT" });
    await expect(getDeck(teacher, deck.id)).resolves.toMatchObject({ id: deck.id, isOwner: true });
    await expect(getDeck(stranger, deck.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCardSource(stranger, cards[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listLibraryDecks(stranger)).map((d) => d.id)).not.toContain(deck.id);
  });

  it("adding a deck puts its cards in today's new cards, and removing it takes them out but keeps progress", async () => {
    const learner = await makeUser({ newCardsPerDay: 10 });
    const { deck } = await makeDeck({ cards: 4 });
    await addDeckToStudies(learner, deck.id, now);
    expect((await listStudyDecks(learner, now)).newToday).toBe(4);
    await removeDeckFromStudies(learner, deck.id);
    expect((await listStudyDecks(learner, now)).decks).toHaveLength(0);
    expect(await db.cardState.count({ where: { userId: learner.id } })).toBe(4);
  });

  it("one learner removing a deck leaves another learner's studies alone", async () => {
    const a = await makeUser();
    const b = await makeUser();
    const { deck } = await makeDeck();
    await addDeckToStudies(a, deck.id, now);
    await addDeckToStudies(b, deck.id, now);
    await removeDeckFromStudies(a, deck.id);
    expect((await listStudyDecks(b, now)).decks.map((d) => d.id)).toEqual([deck.id]);
  });

  it("the daily new-card allowance is shared across decks", async () => {
    const learner = await makeUser({ newCardsPerDay: 5 });
    const first = await makeDeck({ cards: 4 });
    const second = await makeDeck({ cards: 4 });
    await addDeckToStudies(learner, first.deck.id, now);
    await addDeckToStudies(learner, second.deck.id, now);
    const { decks, newToday } = await listStudyDecks(learner, now);
    expect(newToday).toBe(5);
    expect(decks.map((d) => d.newAvailable)).toEqual([4, 4]);
  });
});
