import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/data/errors";
import { visibleDeckWhere } from "@/lib/data/study";
import type { Viewer } from "@/lib/data/viewer";
import { studyDayBounds } from "@/lib/srs/study-day";

export type StudyDeckSummary = {
  id: string;
  title: string;
  description: string;
  cardCount: number;
  dueNow: number;
  newAvailable: number;
  newTotal: number;
};

/** The decks in the viewer's studies with what is due today (new cards limited by today's allowance). */
export async function listStudyDecks(viewer: Viewer, now: Date): Promise<{ decks: StudyDeckSummary[]; newToday: number }> {
  const day = studyDayBounds(now, viewer.timeZone, viewer.rolloverHour);
  const [rows, studiedToday] = await Promise.all([
    db.$queryRaw<{ id: string; title: string; description: string; cardCount: number; dueNow: number; newTotal: number }[]>`
      SELECT d.id, d.title, d.description,
        count(s.id)::int AS "cardCount",
        count(s.id) FILTER (WHERE NOT s.suspended AND NOT s.leech AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= ${now}) AND (
          (s.state IN ('LEARNING', 'RELEARNING') AND s.due <= ${now}) OR (s.state = 'REVIEW' AND s.due < ${day.end})))::int AS "dueNow",
        count(s.id) FILTER (WHERE s.state = 'NEW' AND NOT s.suspended)::int AS "newTotal"
      FROM "StudyDeck" sd
      JOIN "Deck" d ON d.id = sd."deckId"
      LEFT JOIN "CardState" s ON s."userId" = sd."userId" AND s."deckId" = d.id
        AND EXISTS (SELECT 1 FROM "Card" c WHERE c.id = s."cardId" AND NOT c.retired)
      WHERE sd."userId" = ${viewer.id}
      GROUP BY d.id, sd."addedAt"
      ORDER BY sd."addedAt"`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT "cardId")::int AS n FROM "ReviewLog"
      WHERE "userId" = ${viewer.id} AND state = 'NEW' AND review >= ${day.start} AND NOT undone AND source = 'REVIEW'`,
  ]);
  const allowance = Math.max(0, viewer.newCardsPerDay - (studiedToday[0]?.n ?? 0));
  const decks = rows.map((row) => ({ ...row, newAvailable: Math.min(row.newTotal, allowance) }));
  return { decks, newToday: Math.min(allowance, decks.reduce((sum, deck) => sum + deck.newTotal, 0)) };
}

export type DeckCard = { id: string; kind: string; front: string; back: string; section: string; excerpt: string; edited: boolean };

export type DeckDetail = {
  id: string;
  title: string;
  description: string;
  status: "DRAFT" | "PUBLISHED";
  isOwner: boolean;
  builtIn: boolean;
  inStudies: boolean;
  documentId: string;
  cards: DeckCard[];
  quizCount: number;
};

export async function getDeck(viewer: Viewer, deckId: string): Promise<DeckDetail> {
  const deck = await db.deck.findFirst({
    where: { id: deckId, ...visibleDeckWhere(viewer) },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      ownerId: true,
      documentId: true,
      cards: { where: { retired: false }, orderBy: { position: "asc" }, select: { id: true, kind: true, front: true, back: true, sourceSection: true, sourceExcerpt: true, edited: true } },
      _count: { select: { quizItems: { where: { retired: false } } } },
      studyDecks: { where: { userId: viewer.id }, select: { userId: true } },
    },
  });
  if (!deck) throw new NotFoundError("That deck does not exist or is not published.");
  return {
    id: deck.id,
    title: deck.title,
    description: deck.description,
    status: deck.status,
    isOwner: deck.ownerId === viewer.id,
    builtIn: deck.ownerId === null,
    inStudies: deck.studyDecks.length > 0,
    documentId: deck.documentId,
    cards: deck.cards.map((card) => ({ id: card.id, kind: card.kind, front: card.front, back: card.back, section: card.sourceSection, excerpt: card.sourceExcerpt, edited: card.edited })),
    quizCount: deck._count.quizItems,
  };
}

export type SourcePassage = { deckId: string; deckTitle: string; documentTitle: string; section: string; excerpt: string; markdown: string };

/** The document a visible card came from, for "read in context". */
export async function getCardSource(viewer: Viewer, cardId: string): Promise<SourcePassage> {
  const card = await db.card.findFirst({
    where: { id: cardId, deck: visibleDeckWhere(viewer) },
    select: { sourceSection: true, sourceExcerpt: true, deck: { select: { id: true, title: true, document: { select: { title: true, markdown: true } } } } },
  });
  if (!card) throw new NotFoundError("That card does not exist.");
  return {
    deckId: card.deck.id,
    deckTitle: card.deck.title,
    documentTitle: card.deck.document.title,
    section: card.sourceSection,
    excerpt: card.sourceExcerpt,
    markdown: card.deck.document.markdown,
  };
}

export type Leech = { cardId: string; deckId: string; deckTitle: string; front: string; back: string; lapses: number; canEdit: boolean; documentId: string };

/** Cards the learner keeps forgetting (8 lapses): suspended, and listed so they can be fixed or rewritten. */
export async function listLeeches(viewer: Viewer): Promise<Leech[]> {
  const states = await db.cardState.findMany({
    where: { userId: viewer.id, leech: true, card: { retired: false } },
    orderBy: { lapses: "desc" },
    select: {
      lapses: true,
      card: { select: { id: true, front: true, back: true, deck: { select: { id: true, title: true, ownerId: true, documentId: true } } } },
    },
  });
  return states.map((state) => ({
    cardId: state.card.id,
    deckId: state.card.deck.id,
    deckTitle: state.card.deck.title,
    front: state.card.front,
    back: state.card.back,
    lapses: state.lapses,
    canEdit: state.card.deck.ownerId === viewer.id,
    documentId: state.card.deck.documentId,
  }));
}
