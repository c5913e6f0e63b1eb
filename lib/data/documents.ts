import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/data/errors";
import { importDocumentDeck } from "@/lib/data/deck-import";
import { materializeForAllStudents } from "@/lib/data/study";
import type { Viewer } from "@/lib/data/viewer";
import { generateDeck, type GeneratedDeck } from "@/lib/generate";
import type { SaveDocumentInput } from "@/lib/validation/document";

function assertTeacher(viewer: Viewer): void {
  if (viewer.role !== "TEACHER") throw new ForbiddenError("Only teachers can add documents.");
}

function slugFor(title: string): string {
  const base = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "document";
  return `${base}-${randomBytes(4).toString("hex")}`;
}

/** Generates (without saving) the deck a document would make, for the teacher to review. */
export function previewDocument(text: string, format: "md" | "txt", title?: string): GeneratedDeck {
  const deck = generateDeck(text, { format, fallbackTitle: title || "Untitled document" });
  return title ? { ...deck, title } : deck;
}

/**
 * Saves a teacher's document and its deck in one transaction, applying their review of the preview:
 * edited cards keep the teacher's words, removed ones are kept retired (so a re-import does not bring
 * them back), hand-written ones are added.
 */
export async function createDocumentDeck(viewer: Viewer, input: SaveDocumentInput): Promise<{ documentId: string; deckId: string }> {
  assertTeacher(viewer);
  const generated = previewDocument(input.text, input.format, input.title);
  if (generated.cards.length === 0 && input.added.length === 0) {
    throw new InvalidInputError(generated.message ?? "This document has no material to make cards from.", { text: [generated.message ?? "No cards could be made from this document."] });
  }
  const removed = new Set(input.removed);
  const cards = generated.cards.map((card) => {
    const edit = input.edits[card.key];
    return edit ? { ...card, front: edit.front, back: edit.back } : card;
  });
  const quiz = generated.quiz.filter((item) => !input.removedQuiz.includes(item.key));
  const summary = await importDocumentDeck(
    { slug: slugFor(generated.title), title: generated.title, markdown: input.text, format: input.format, ownerId: viewer.id, status: input.publish ? "PUBLISHED" : "DRAFT" },
    { cards, quiz },
  );
  const touched = [...Object.keys(input.edits), ...removed];
  await db.$transaction([
    db.card.updateMany({ where: { deckId: summary.deckId, key: { in: touched } }, data: { edited: true } }),
    db.card.updateMany({ where: { deckId: summary.deckId, key: { in: [...removed] } }, data: { retired: true } }),
    db.card.createMany({
      data: input.added.map((card, i) => ({
        deckId: summary.deckId,
        key: `manual-${randomUUID()}`,
        passageKey: `manual-${randomUUID()}`,
        kind: "MANUAL" as const,
        front: card.front,
        back: card.back,
        sourceSection: "Added by hand",
        sourceExcerpt: "",
        position: cards.length + i,
        edited: true,
      })),
    }),
  ]);
  return { documentId: summary.documentId, deckId: summary.deckId };
}

export type MyDocument = { id: string; title: string; deckId: string | null; status: "DRAFT" | "PUBLISHED" | null; cardCount: number; updatedAt: Date };

export async function listMyDocuments(viewer: Viewer): Promise<MyDocument[]> {
  const documents = await db.document.findMany({
    where: { ownerId: viewer.id },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, updatedAt: true, decks: { select: { id: true, status: true, _count: { select: { cards: { where: { retired: false } } } } } } },
  });
  return documents.map((doc) => ({
    id: doc.id,
    title: doc.title,
    deckId: doc.decks[0]?.id ?? null,
    status: doc.decks[0]?.status ?? null,
    cardCount: doc.decks[0]?._count.cards ?? 0,
    updatedAt: doc.updatedAt,
  }));
}

export type OwnedDocument = {
  id: string;
  title: string;
  markdown: string;
  deck: {
    id: string;
    status: "DRAFT" | "PUBLISHED";
    cards: { id: string; kind: string; front: string; back: string; section: string; edited: boolean }[];
    quiz: { id: string; kind: string; prompt: string; answer: string }[];
  };
};

export async function getOwnedDocument(viewer: Viewer, documentId: string): Promise<OwnedDocument> {
  const doc = await db.document.findFirst({
    where: { id: documentId, ownerId: viewer.id },
    select: {
      id: true,
      title: true,
      markdown: true,
      decks: {
        select: {
          id: true,
          status: true,
          cards: { where: { retired: false }, orderBy: { position: "asc" }, select: { id: true, kind: true, front: true, back: true, sourceSection: true, edited: true } },
          quizItems: { where: { retired: false }, orderBy: { position: "asc" }, select: { id: true, kind: true, prompt: true, answer: true } },
        },
      },
    },
  });
  const deck = doc?.decks[0];
  if (!doc || !deck) throw new NotFoundError("That document does not exist.");
  return {
    id: doc.id,
    title: doc.title,
    markdown: doc.markdown,
    deck: {
      id: deck.id,
      status: deck.status,
      cards: deck.cards.map((c) => ({ id: c.id, kind: c.kind, front: c.front, back: c.back, section: c.sourceSection, edited: c.edited })),
      quiz: deck.quizItems.map((q) => ({ id: q.id, kind: q.kind, prompt: q.prompt, answer: Array.isArray(q.answer) ? (q.answer as string[][]).map((pair) => pair.join(" → ")).join("; ") : String(q.answer) })),
    },
  };
}

async function ownedCard(viewer: Viewer, cardId: string) {
  const card = await db.card.findFirst({ where: { id: cardId, deck: { ownerId: viewer.id } }, select: { id: true, deckId: true } });
  if (!card) throw new NotFoundError("That card does not exist.");
  return card;
}

export async function updateCardText(viewer: Viewer, cardId: string, text: { front: string; back: string }): Promise<void> {
  await ownedCard(viewer, cardId);
  await db.card.update({ where: { id: cardId }, data: { ...text, edited: true } });
}

/** Removing a card retires it: learners' history on it is kept, and it leaves every queue. */
export async function removeCard(viewer: Viewer, cardId: string): Promise<void> {
  await ownedCard(viewer, cardId);
  await db.card.update({ where: { id: cardId }, data: { retired: true, edited: true } });
}

export async function addCard(viewer: Viewer, deckId: string, text: { front: string; back: string }, now: Date): Promise<string> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ownerId: viewer.id }, select: { id: true, _count: { select: { cards: true } } } });
  if (!deck) throw new NotFoundError("That deck does not exist.");
  const card = await db.card.create({
    data: { deckId, key: `manual-${randomUUID()}`, passageKey: `manual-${randomUUID()}`, kind: "MANUAL", ...text, sourceSection: "Added by hand", sourceExcerpt: "", position: deck._count.cards, edited: true },
    select: { id: true },
  });
  await materializeForAllStudents(deckId, now);
  return card.id;
}

export async function removeQuizItem(viewer: Viewer, quizItemId: string): Promise<void> {
  const item = await db.quizItem.findFirst({ where: { id: quizItemId, deck: { ownerId: viewer.id } }, select: { id: true } });
  if (!item) throw new NotFoundError("That question does not exist.");
  await db.quizItem.update({ where: { id: quizItemId }, data: { retired: true } });
}

export async function setDeckPublished(viewer: Viewer, deckId: string, published: boolean): Promise<void> {
  const result = await db.deck.updateMany({
    where: { id: deckId, ownerId: viewer.id },
    data: { status: published ? "PUBLISHED" : "DRAFT", publishedAt: published ? new Date() : null },
  });
  if (result.count === 0) throw new NotFoundError("That deck does not exist.");
}

/** A new version of the document: cards from unchanged passages keep everyone's progress. */
export async function replaceDocumentText(viewer: Viewer, documentId: string, text: string, format: "md" | "txt", now: Date) {
  const doc = await db.document.findFirst({ where: { id: documentId, ownerId: viewer.id }, select: { slug: true, title: true, decks: { select: { status: true } } } });
  if (!doc) throw new NotFoundError("That document does not exist.");
  const generated = previewDocument(text, format, doc.title);
  const summary = await importDocumentDeck(
    { slug: doc.slug, title: doc.title, markdown: text, format, ownerId: viewer.id, status: doc.decks[0]?.status ?? "DRAFT" },
    generated,
  );
  await materializeForAllStudents(summary.deckId, now);
  return summary;
}
