import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/data/errors";
import type { Viewer } from "@/lib/data/viewer";

/** Decks a viewer may see: published ones, their own drafts, and decks assigned to a class they are in. */
export function visibleDeckWhere(viewer: Pick<Viewer, "id">) {
  return {
    OR: [
      { status: "PUBLISHED" as const },
      { ownerId: viewer.id },
      { assignments: { some: { classroom: { archivedAt: null, memberships: { some: { userId: viewer.id } } } } } },
    ],
  };
}

export type LibraryDeck = {
  id: string;
  title: string;
  description: string;
  builtIn: boolean;
  ownerName: string | null;
  cardCount: number;
  quizCount: number;
  inStudies: boolean;
};

export async function listLibraryDecks(viewer: Viewer): Promise<LibraryDeck[]> {
  const decks = await db.deck.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ ownerId: { sort: "asc", nulls: "first" } }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      ownerId: true,
      owner: { select: { name: true } },
      document: { select: { slug: true } },
      _count: { select: { cards: { where: { retired: false } }, quizItems: { where: { retired: false } } } },
      studyDecks: { where: { userId: viewer.id }, select: { userId: true } },
    },
  });
  return decks
    .map((deck) => ({
      id: deck.id,
      title: deck.title,
      description: deck.description,
      builtIn: deck.ownerId === null,
      ownerName: deck.owner?.name ?? null,
      cardCount: deck._count.cards,
      quizCount: deck._count.quizItems,
      inStudies: deck.studyDecks.length > 0,
      slug: deck.document.slug,
    }))
    .sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.slug.localeCompare(b.slug))
    .map(({ slug: _slug, ...deck }) => deck);
}

/**
 * The one way card states come to exist before a first grade: a NEW state for every active card of each
 * (learner, deck) pair that `pairs` selects, leaving existing states alone. A statement, so callers can
 * run it inside a transaction.
 */
export function materializeCardStates(pairs: Prisma.Sql, now: Date) {
  return db.$executeRaw`
    INSERT INTO "CardState" (id, "userId", "cardId", "deckId", due, position, "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, p."userId", c.id, c."deckId", ${now}, c.position, ${now}, ${now}
    FROM (${pairs}) AS p("userId", "deckId")
    JOIN "Card" c ON c."deckId" = p."deckId" AND NOT c.retired
    ON CONFLICT ("userId", "cardId") DO NOTHING`;
}

/** Adds a visible deck to the learner's studies; its cards enter the daily queue as new cards. */
export async function addDeckToStudies(viewer: Viewer, deckId: string, now: Date): Promise<void> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...visibleDeckWhere(viewer) }, select: { id: true } });
  if (!deck) throw new NotFoundError("That deck does not exist or is not published.");
  await db.studyDeck.upsert({
    where: { userId_deckId: { userId: viewer.id, deckId } },
    create: { userId: viewer.id, deckId, addedAt: now },
    update: {},
  });
  await materializeCardStates(Prisma.sql`SELECT ${viewer.id}::text, ${deckId}::text`, now);
}

/** Stops showing the deck's cards; the learner's progress on them is kept for a later return. */
export async function removeDeckFromStudies(viewer: Viewer, deckId: string): Promise<void> {
  await db.studyDeck.deleteMany({ where: { userId: viewer.id, deckId } });
}

/** Every learner studying a deck gets states for cards added to it later (a re-import). */
export async function materializeForAllStudents(deckId: string, now: Date): Promise<void> {
  await materializeCardStates(Prisma.sql`SELECT sd."userId", sd."deckId" FROM "StudyDeck" sd WHERE sd."deckId" = ${deckId}`, now);
}
