import { describe, expect, it } from "vitest";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/data/errors";
import { addCard, createDocumentDeck, getOwnedDocument, removeCard, replaceDocumentText, setDeckPublished, updateCardText } from "@/lib/data/documents";
import { syncLibrary } from "@/lib/data/library";
import { recordReview } from "@/lib/data/reviews";
import { addDeckToStudies, listLibraryDecks } from "@/lib/data/study";
import { db } from "@/lib/db";
import { makeUser } from "../../support/factories";
import path from "node:path";

const now = new Date("2026-11-22T10:00:00Z");

const article = `# Ocean currents

Ocean currents move water around the planet and carry heat from the equator towards the poles.

## The Gulf Stream

The **Gulf Stream** is a warm and swift Atlantic current that starts in the Gulf of Mexico. It was charted by Benjamin Franklin in 1770.

## Thermohaline circulation

**Thermohaline circulation** refers to the global movement of water driven by differences in temperature and salinity.

## What drives surface currents?

Wind drives most surface currents. The rotation of the Earth then deflects them, which is called the Coriolis effect.
`;

const base = { title: undefined, format: "md" as const, edits: {}, removed: [], added: [], removedQuiz: [], publish: true };

describe("teacher documents", () => {
  it("a learner cannot create a document", async () => {
    const learner = await makeUser();
    await expect(createDocumentDeck(learner, { ...base, text: article })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.document.count()).toBe(0);
  });

  it("saves the deck with the teacher's edits, removals and hand-written cards", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const { deck } = await import("@/lib/data/documents").then((m) => ({ deck: m.previewDocument(article, "md") }));
    expect(deck.cards.length).toBeGreaterThan(2);
    const [first, second] = deck.cards;
    const saved = await createDocumentDeck(teacher, {
      ...base,
      text: article,
      edits: { [first!.key]: { front: "Edited question?", back: "Edited answer." } },
      removed: [second!.key],
      added: [{ front: "Who charted the Gulf Stream?", back: "Benjamin Franklin" }],
    });
    const doc = await getOwnedDocument(teacher, saved.documentId);
    expect(doc.deck.cards.map((c) => c.front)).toContain("Edited question?");
    expect(doc.deck.cards.map((c) => c.front)).not.toContain(second!.front);
    expect(doc.deck.cards.find((c) => c.kind === "MANUAL")?.back).toBe("Benjamin Franklin");
  });

  it("a document with no usable material is refused with a message and nothing is saved", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    await expect(createDocumentDeck(teacher, { ...base, text: "ok\n\n..." })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.deck.count()).toBe(0);
  });

  it("re-importing an edited document keeps progress on unchanged cards, retires removed ones and adds new ones", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const learner = await makeUser();
    const saved = await createDocumentDeck(teacher, { ...base, text: article });
    await addDeckToStudies(learner, saved.deckId, now);
    const before = await db.card.findMany({ where: { deckId: saved.deckId, retired: false } });
    const gulf = before.filter((c) => c.sourceSection.includes("Gulf Stream"));
    const thermo = before.filter((c) => c.sourceSection.includes("Thermohaline"));
    expect(gulf.length).toBeGreaterThan(0);
    expect(thermo.length).toBeGreaterThan(0);
    for (const [i, card] of [...gulf, ...thermo].entries()) {
      await recordReview(learner, { cardId: card.id, grade: 3, clientReviewId: `reimport-${i}-x`, expectedVersion: 0 }, now);
    }

    const edited = article
      .replace(/## Thermohaline circulation[\s\S]*?(?=## What)/, "")
      .concat("\n## Upwelling\n\n**Upwelling** is the rise of cold, nutrient-rich water from the deep ocean towards the surface.\n");
    const summary = await replaceDocumentText(teacher, saved.documentId, edited, "md", now);
    expect(summary.added).toBeGreaterThan(0);
    expect(summary.retired).toBeGreaterThanOrEqual(thermo.length);

    const after = await db.card.findMany({ where: { deckId: saved.deckId } });
    for (const card of gulf) {
      const same = after.find((c) => c.id === card.id)!;
      expect(same.retired).toBe(false);
      const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId: card.id } } });
      expect(state.reps).toBe(1);
    }
    for (const card of thermo) {
      expect(after.find((c) => c.id === card.id)!.retired).toBe(true);
      expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
    }
    const upwelling = after.filter((c) => c.sourceSection.includes("Upwelling"));
    expect(upwelling.length).toBeGreaterThan(0);
    expect(await db.cardState.count({ where: { userId: learner.id, cardId: { in: upwelling.map((c) => c.id) } } })).toBe(upwelling.length);
  });

  it("a card the teacher deleted stays deleted, and an edited card keeps its words, after a re-import", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const saved = await createDocumentDeck(teacher, { ...base, text: article });
    const cards = await db.card.findMany({ where: { deckId: saved.deckId }, orderBy: { position: "asc" } });
    await removeCard(teacher, cards[0]!.id);
    await updateCardText(teacher, cards[1]!.id, { front: "Teacher's question?", back: "Teacher's answer." });
    await replaceDocumentText(teacher, saved.documentId, `${article}\nOne more closing paragraph about tides and the moon, added in 2026.\n`, "md", now);
    const after = await db.card.findMany({ where: { deckId: saved.deckId } });
    expect(after.find((c) => c.id === cards[0]!.id)!.retired).toBe(true);
    expect(after.find((c) => c.id === cards[1]!.id)!.front).toBe("Teacher's question?");
  });

  it("re-importing the same text rewrites no card or quiz question", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const saved = await createDocumentDeck(teacher, { ...base, text: article });
    const stamp = async () => ({
      cards: (await db.card.findMany({ where: { deckId: saved.deckId }, orderBy: { key: "asc" } })).map((c) => c.updatedAt.getTime()),
      quiz: (await db.quizItem.findMany({ where: { deckId: saved.deckId }, orderBy: { key: "asc" } })).map((q) => q.updatedAt.getTime()),
    });
    const before = await stamp();
    expect(before.quiz.length).toBeGreaterThan(0);
    const summary = await replaceDocumentText(teacher, saved.documentId, article, "md", now);
    expect(summary).toMatchObject({ added: 0, updated: 0, retired: 0 });
    expect(await stamp()).toEqual(before);
  });

  it("another teacher cannot read, edit, publish or replace my document", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const other = await makeUser({ role: "TEACHER" });
    const saved = await createDocumentDeck(teacher, { ...base, text: article, publish: false });
    const card = await db.card.findFirstOrThrow({ where: { deckId: saved.deckId } });
    await expect(getOwnedDocument(other, saved.documentId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateCardText(other, card.id, { front: "x?", back: "y" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeCard(other, card.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addCard(other, saved.deckId, { front: "x?", back: "y" }, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setDeckPublished(other, saved.deckId, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(replaceDocumentText(other, saved.documentId, article, "md", now)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.card.findUniqueOrThrow({ where: { id: card.id } })).front).toBe(card.front);
  });

  it("a draft deck is invisible to learners until published", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const learner = await makeUser();
    const saved = await createDocumentDeck(teacher, { ...base, text: article, publish: false });
    expect((await listLibraryDecks(learner)).map((d) => d.id)).not.toContain(saved.deckId);
    await expect(addDeckToStudies(learner, saved.deckId, now)).rejects.toBeInstanceOf(NotFoundError);
    await setDeckPublished(teacher, saved.deckId, true);
    expect((await listLibraryDecks(learner)).map((d) => d.id)).toContain(saved.deckId);
  });
});

describe("the built-in library", () => {
  it("loads every document of content/ into a published deck, and a second sync changes nothing", async () => {
    const first = await syncLibrary(path.resolve("content"));
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect(first.every((r) => r.summary.added > 10)).toBe(true);
    const cardsBefore = await db.card.count();
    const second = await syncLibrary(path.resolve("content"));
    expect(second.every((r) => r.summary.skipped)).toBe(true);
    expect(await db.card.count()).toBe(cardsBefore);
    const decks = await db.deck.findMany({ where: { ownerId: null } });
    expect(decks.every((d) => d.status === "PUBLISHED")).toBe(true);
  });
});
