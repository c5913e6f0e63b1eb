import "server-only";
import { dateKeyIn } from "@/lib/classroom/due-date";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertTeacher, findOwnedClass, isUniqueViolation } from "@/lib/data/classes";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/data/errors";
import { materializeCardStates, visibleDeckWhere } from "@/lib/data/study";
import type { Viewer } from "@/lib/data/viewer";

const DAY_MS = 86_400_000;

export type AssignDeckInput = { deckId: string; dueAt: Date; targetRecall?: number | null; quizSize?: number | null };

/** Decks a teacher may assign: their own (drafts too) and every published one. */
export async function listAssignableDecks(viewer: Viewer): Promise<{ id: string; title: string; own: boolean; cardCount: number }[]> {
  assertTeacher(viewer);
  const decks = await db.deck.findMany({
    where: visibleDeckWhere(viewer),
    orderBy: { title: "asc" },
    select: { id: true, title: true, ownerId: true, _count: { select: { cards: { where: { retired: false } } } } },
  });
  return decks
    .map((deck) => ({ id: deck.id, title: deck.title, own: deck.ownerId === viewer.id, cardCount: deck._count.cards }))
    .sort((a, b) => Number(b.own) - Number(a.own) || a.title.localeCompare(b.title));
}

/** Assigns a deck to the teacher's class and puts it in every current member's studies, in one transaction. */
export async function assignDeck(viewer: Viewer, classId: string, input: AssignDeckInput, now: Date): Promise<{ assignmentId: string }> {
  const found = await findOwnedClass(viewer, classId);
  if (found.archivedAt) throw new ConflictError("This class is archived. Restore it before assigning decks.");
  const deck = await db.deck.findFirst({ where: { id: input.deckId, ...visibleDeckWhere(viewer) }, select: { id: true } });
  if (!deck) throw new NotFoundError("That deck does not exist or is not published.");
  if (input.dueAt.getTime() <= now.getTime()) throw new InvalidInputError("The due date cannot be in the past.", { dueDate: ["The due date cannot be in the past."] });
  const target = input.targetRecall ?? null;
  if (target !== null && !(target > 0 && target < 1)) throw new InvalidInputError("The target recall must be between 50% and 99%.", { targetRecall: ["Use a target recall from 50% to 99%."] });
  try {
    const [assignment] = await db.$transaction([
      db.assignment.create({
        data: { classId, deckId: deck.id, createdById: viewer.id, dueAt: input.dueAt, targetRecall: target, quizSize: input.quizSize ?? null, createdAt: now },
        select: { id: true },
      }),
      db.$executeRaw`
        INSERT INTO "StudyDeck" ("userId", "deckId", "addedAt")
        SELECT m."userId", ${deck.id}, ${now} FROM "Membership" m WHERE m."classId" = ${classId}
        ON CONFLICT ("userId", "deckId") DO NOTHING`,
      materializeCardStates(Prisma.sql`SELECT m."userId", ${deck.id}::text FROM "Membership" m WHERE m."classId" = ${classId}`, now),
    ]);
    return { assignmentId: assignment.id };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError("This deck is already assigned to this class.", { deckId: ["This deck is already assigned to this class."] });
    }
    throw error;
  }
}

/** Ends an assignment; students keep the deck and their progress. Returns the class it belonged to. */
export async function removeAssignment(viewer: Viewer, assignmentId: string): Promise<{ classId: string }> {
  assertTeacher(viewer);
  const found = await db.assignment.findFirst({ where: { id: assignmentId, classroom: { teacherId: viewer.id } }, select: { id: true, classId: true } });
  if (!found) throw new NotFoundError("That assignment does not exist.");
  await db.assignment.delete({ where: { id: found.id } });
  return { classId: found.classId };
}

export type MyAssignment = {
  assignmentId: string;
  classId: string;
  className: string;
  deckId: string;
  deckTitle: string;
  dueAt: Date;
  targetRecall: number | null;
  totalCards: number;
  /** Cards the learner has studied at least once. */
  startedCards: number;
  /** 0-100, whole. */
  percentStarted: number;
  /** Whole days until the due date, negative once it has passed. */
  daysLeft: number;
  pastDue: boolean;
};

/** The learner's assignments from classes they belong to (open classes only), soonest due first. */
export async function listMyAssignments(viewer: Viewer, now: Date): Promise<MyAssignment[]> {
  const rows = await db.$queryRaw<Omit<MyAssignment, "percentStarted" | "daysLeft" | "pastDue">[]>`
    SELECT a.id AS "assignmentId", cl.id AS "classId", cl.name AS "className", d.id AS "deckId", d.title AS "deckTitle",
      a."dueAt", a."targetRecall",
      (SELECT count(*) FROM "Card" c WHERE c."deckId" = d.id AND NOT c.retired)::int AS "totalCards",
      (SELECT count(*) FROM "CardState" s JOIN "Card" c ON c.id = s."cardId" AND NOT c.retired
        WHERE s."userId" = ${viewer.id} AND s."deckId" = d.id AND (s.reps > 0 OR s.state <> 'NEW'))::int AS "startedCards"
    FROM "Membership" m
    JOIN "Classroom" cl ON cl.id = m."classId" AND cl."archivedAt" IS NULL
    JOIN "Assignment" a ON a."classId" = cl.id
    JOIN "Deck" d ON d.id = a."deckId"
    WHERE m."userId" = ${viewer.id}
    ORDER BY a."dueAt", cl.name, d.title`;
  return rows.map((row) => ({
    ...row,
    percentStarted: row.totalCards > 0 ? Math.floor((row.startedCards / row.totalCards) * 100) : 100,
    daysLeft: calendarDaysLeft(now, row.dueAt, viewer.timeZone),
    pastDue: row.dueAt.getTime() < now.getTime(),
  }));
}

/** Whole calendar days, in the learner's zone, from today to the due date's day (due at the end of that day). */
function calendarDaysLeft(now: Date, dueAt: Date, timeZone: string): number {
  const day = (instant: Date) => Date.parse(`${dateKeyIn(instant, timeZone)}T00:00:00Z`);
  return Math.round((day(new Date(dueAt.getTime() - 1)) - day(now)) / DAY_MS);
}
