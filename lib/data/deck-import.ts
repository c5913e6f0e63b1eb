import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { CardKind, DeckStatus, QuizKind } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import type { GeneratedCard, GeneratedQuizItem } from "@/lib/generate";

export type DeckContent = { cards: GeneratedCard[]; quiz: GeneratedQuizItem[] };
export type ImportSummary = { deckId: string; documentId: string; added: number; updated: number; retired: number; unchanged: number; skipped: boolean };

export function hashContent(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const toCardKind = (kind: GeneratedCard["kind"]) => kind.toUpperCase() as CardKind;
const toQuizKind = (kind: GeneratedQuizItem["kind"]) => kind.toUpperCase() as QuizKind;

type Tx = Prisma.TransactionClient;

/**
 * Writes a generated deck so that learners keep their progress: cards are matched by their stable key,
 * unchanged ones are left alone, changed ones updated in place (unless a teacher edited them by hand),
 * missing ones retired (their history kept), new ones added.
 */
async function mergeCards(tx: Tx, deckId: string, cards: GeneratedCard[]) {
  const existing = await tx.card.findMany({
    where: { deckId },
    select: { id: true, key: true, kind: true, front: true, back: true, sourceSection: true, sourceExcerpt: true, position: true, retired: true, edited: true },
  });
  const byKey = new Map(existing.map((card) => [card.key, card]));
  const seen = new Set<string>();
  const counts = { added: 0, updated: 0, retired: 0, unchanged: 0 };
  const toCreate: Prisma.CardCreateManyInput[] = [];
  for (const card of cards) {
    seen.add(card.key);
    const current = byKey.get(card.key);
    if (!current) {
      toCreate.push({
        deckId,
        key: card.key,
        passageKey: card.passageKey,
        kind: toCardKind(card.kind),
        front: card.front,
        back: card.back,
        sourceSection: card.source.section,
        sourceExcerpt: card.source.excerpt,
        position: card.position,
      });
      continue;
    }
    // A card the teacher deleted by hand stays deleted when the document is imported again.
    if (current.edited && current.retired) {
      counts.unchanged++;
      continue;
    }
    const text = current.edited ? {} : { front: card.front, back: card.back };
    const same =
      !current.retired &&
      current.position === card.position &&
      current.sourceSection === card.source.section &&
      current.sourceExcerpt === card.source.excerpt &&
      (current.edited || (current.front === card.front && current.back === card.back));
    if (same) {
      counts.unchanged++;
      continue;
    }
    await tx.card.update({
      where: { id: current.id },
      data: { ...text, retired: false, position: card.position, sourceSection: card.source.section, sourceExcerpt: card.source.excerpt },
    });
    counts.updated++;
  }
  if (toCreate.length) await tx.card.createMany({ data: toCreate });
  counts.added = toCreate.length;
  const gone = existing.filter((card) => !seen.has(card.key) && !card.retired && card.kind !== "MANUAL").map((card) => card.id);
  if (gone.length) await tx.card.updateMany({ where: { id: { in: gone } }, data: { retired: true } });
  counts.retired = gone.length;
  return counts;
}

async function mergeQuiz(tx: Tx, deckId: string, items: GeneratedQuizItem[]) {
  const existing = await tx.quizItem.findMany({
    where: { deckId },
    select: { id: true, key: true, passageKey: true, kind: true, prompt: true, options: true, answer: true, explanation: true, sourceSection: true, sourceExcerpt: true, position: true, retired: true },
  });
  const byKey = new Map(existing.map((item) => [item.key, item]));
  const keep = new Set(items.map((item) => item.key));
  const toCreate: Prisma.QuizItemCreateManyInput[] = [];
  for (const item of items) {
    const data = {
      passageKey: item.passageKey,
      kind: toQuizKind(item.kind),
      prompt: item.prompt,
      options: (item.options ?? undefined) as Prisma.InputJsonValue | undefined,
      answer: item.answer as Prisma.InputJsonValue,
      explanation: item.explanation ?? null,
      sourceSection: item.source.section,
      sourceExcerpt: item.source.excerpt,
      position: item.position,
      retired: false,
    };
    const current = byKey.get(item.key);
    if (!current) {
      toCreate.push({ deckId, key: item.key, ...data });
      continue;
    }
    // Unchanged items are left alone, so re-importing a long document writes only what changed.
    const { id: _id, key: _key, ...stored } = current;
    if (JSON.stringify({ ...stored, options: stored.options ?? undefined }) === JSON.stringify(data)) continue;
    await tx.quizItem.update({ where: { id: current.id }, data });
  }
  if (toCreate.length) await tx.quizItem.createMany({ data: toCreate });
  const gone = existing.filter((item) => !keep.has(item.key) && !item.retired).map((item) => item.id);
  if (gone.length) await tx.quizItem.updateMany({ where: { id: { in: gone } }, data: { retired: true } });
}

export type DocumentImport = {
  slug: string;
  title: string;
  markdown: string;
  format: "md" | "txt";
  ownerId: string | null;
  status: DeckStatus;
  description?: string;
};

/** Creates or updates a document and its deck in one transaction; nothing is half-written. */
export async function importDocumentDeck(
  input: DocumentImport,
  content: DeckContent,
  options: { skipIfUnchanged?: boolean; contentHash?: string } = {},
): Promise<ImportSummary> {
  const contentHash = options.contentHash ?? hashContent(input.markdown);
  return db.$transaction(
    async (tx) => {
      const previous = await tx.document.findUnique({ where: { slug: input.slug }, select: { id: true, contentHash: true, decks: { select: { id: true } } } });
      if (options.skipIfUnchanged && previous?.contentHash === contentHash && previous.decks[0]) {
        return { deckId: previous.decks[0].id, documentId: previous.id, added: 0, updated: 0, retired: 0, unchanged: 0, skipped: true };
      }
      const document = await tx.document.upsert({
        where: { slug: input.slug },
        create: { slug: input.slug, title: input.title, markdown: input.markdown, contentHash, ownerId: input.ownerId, builtIn: input.ownerId === null, sourceFormat: input.format },
        update: { title: input.title, markdown: input.markdown, contentHash, sourceFormat: input.format },
        select: { id: true },
      });
      const publishedAt = input.status === "PUBLISHED" ? new Date() : null;
      const deck = await tx.deck.upsert({
        where: { documentId: document.id },
        create: { documentId: document.id, title: input.title, description: input.description ?? "", ownerId: input.ownerId, status: input.status, publishedAt },
        update: { title: input.title, ...(input.description !== undefined ? { description: input.description } : {}) },
        select: { id: true },
      });
      const counts = await mergeCards(tx, deck.id, content.cards);
      await mergeQuiz(tx, deck.id, content.quiz);
      return { deckId: deck.id, documentId: document.id, ...counts, skipped: false };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
