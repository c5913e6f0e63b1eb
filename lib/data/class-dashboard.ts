import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { riskReasons } from "@/lib/classroom/at-risk";
import { toCsv } from "@/lib/classroom/csv";
import { sortStudents } from "@/lib/classroom/student-sort";
import { assertTeacher } from "@/lib/data/classes";
import { NotFoundError } from "@/lib/data/errors";
import { schedulerSettingsFor } from "@/lib/data/reviews";
import type { Viewer } from "@/lib/data/viewer";
import { retrievability } from "@/lib/srs/scheduler";
import type { MemoryState, SchedulerSettings } from "@/lib/srs/types";

const DAY_MS = 86_400_000;
/** Grades older than this are left out: recent struggle is what a teacher can act on, and it keeps the page fast. */
export const DASHBOARD_WINDOW_DAYS = 30;

export type DashboardStudent = {
  userId: string;
  name: string;
  email: string;
  cardsStarted: number;
  totalCards: number;
  /** Grades given on this deck in the last 7 days. */
  reviews7d: number;
  /** Share of review-state grades on this deck in the last 30 days that were not Again; null when there were none. */
  retention: number | null;
  /** Review cards of this deck whose due time has passed. */
  overdue: number;
  /** Mean predicted recall over every card of the deck at the due date (unstudied cards count 0), 0-1. */
  predictedRecallAtDue: number;
  /** The student's latest grade on any card. */
  lastActive: Date | null;
  atRisk: boolean;
  riskReasons: string[];
};

/** Grades in the last 30 days by the class's students; failures are Again. */
export type DashboardCard = { cardId: string; front: string; reviews: number; failures: number; failRate: number | null };

export type ClassDashboard = {
  classId: string;
  className: string;
  assignment: { id: string; deckId: string; deckTitle: string; documentId: string; canEditDeck: boolean; dueAt: Date; targetRecall: number | null; createdAt: Date };
  totalCards: number;
  generatedAt: Date;
  students: DashboardStudent[];
  /** Every active card, hardest first (highest share of Again in the window). */
  cards: DashboardCard[];
};

type StudentRow = {
  userId: string;
  name: string;
  email: string;
  desiredRetention: number;
  fsrsParams: number[];
  cardsStarted: number;
  overdue: number;
  memory: Uint8Array | null;
  lastActive: Date | null;
};

type LogRow = { userId: string | null; cardId: string | null; reviews7d: number; reviews: number; failures: number; reviewedAsReview: number; passedAsReview: number };

/**
 * The assignment's picture for its teacher: one ownership check, then three statements side by side.
 * Counting happens in SQL; the deck's card states arrive packed per student in one query, and only
 * retrievability (which needs each student's FSRS parameters) is computed here.
 */
export async function getClassDashboard(viewer: Viewer, classId: string, assignmentId: string, now: Date): Promise<ClassDashboard> {
  assertTeacher(viewer);
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classId, classroom: { teacherId: viewer.id } },
    select: {
      id: true,
      dueAt: true,
      targetRecall: true,
      createdAt: true,
      classroom: { select: { id: true, name: true } },
      deck: { select: { id: true, title: true, documentId: true, ownerId: true } },
    },
  });
  if (!assignment) throw new NotFoundError("That assignment does not exist.");
  const deckId = assignment.deck.id;
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const windowStart = new Date(now.getTime() - DASHBOARD_WINDOW_DAYS * DAY_MS);

  const members = Prisma.sql`SELECT "userId" FROM "Membership" WHERE "classId" = ${classId}`;
  const [studentRows, logRows, cardRows] = await Promise.all([
    db.$queryRaw<StudentRow[]>`
      SELECT u.id AS "userId", u.name, u.email, u."desiredRetention", u."fsrsParams",
        coalesce(st."cardsStarted", 0) AS "cardsStarted", coalesce(st.overdue, 0) AS overdue, st.memory,
        (SELECT max(l.review) FROM "ReviewLog" l WHERE l."userId" = u.id AND l.review <= ${now} AND NOT l.undone) AS "lastActive"
      FROM "Membership" m
      JOIN "User" u ON u.id = m."userId"
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE s.reps > 0 OR s.state <> 'NEW')::int AS "cardsStarted",
          count(*) FILTER (WHERE s.state = 'REVIEW' AND s.due < ${now} AND NOT s.suspended)::int AS overdue,
          -- Binary float8 pairs (stability, last review in epoch seconds): far cheaper to decode than 100k-element arrays.
          string_agg(float8send(s.stability) || float8send(date_part('epoch', s."lastReview")), ''::bytea)
            FILTER (WHERE s.state <> 'NEW' AND s.stability > 0 AND s."lastReview" IS NOT NULL) AS memory
        FROM "CardState" s
        WHERE s."userId" = m."userId" AND s."deckId" = ${deckId}
          AND NOT EXISTS (SELECT 1 FROM "Card" rc WHERE rc.id = s."cardId" AND rc.retired)
      ) st ON true
      WHERE m."classId" = ${classId}`,
    // One pass over the window's grades, totalled both per student and per card.
    db.$queryRaw<LogRow[]>`
      SELECT l."userId", l."cardId",
        count(*) FILTER (WHERE l.review >= ${weekAgo})::int AS "reviews7d",
        count(*)::int AS reviews,
        count(*) FILTER (WHERE l.rating = 1)::int AS failures,
        count(*) FILTER (WHERE l.state = 'REVIEW')::int AS "reviewedAsReview",
        count(*) FILTER (WHERE l.state = 'REVIEW' AND l.rating > 1)::int AS "passedAsReview"
      FROM "ReviewLog" l
      JOIN "Card" c ON c.id = l."cardId" AND c."deckId" = ${deckId} AND NOT c.retired
      WHERE l."userId" IN (${members}) AND l.review >= ${windowStart} AND l.review <= ${now} AND NOT l.undone AND l.source = 'REVIEW'
      GROUP BY GROUPING SETS ((l."userId"), (l."cardId"))`,
    db.card.findMany({ where: { deckId, retired: false }, orderBy: { position: "asc" }, select: { id: true, front: true } }),
  ]);

  const totalCards = cardRows.length;
  const logsByUser = new Map<string, LogRow>();
  const logsByCard = new Map<string, LogRow>();
  for (const row of logRows) {
    if (row.userId) logsByUser.set(row.userId, row);
    else if (row.cardId) logsByCard.set(row.cardId, row);
  }
  // Past the due date, "recall at the due date" would reward late cramming; the recall now says more.
  const at = assignment.dueAt.getTime() > now.getTime() ? assignment.dueAt : now;

  const rows = studentRows.map((row): DashboardStudent => {
    const logs = logsByUser.get(row.userId);
    const settings = schedulerSettingsFor({ desiredRetention: row.desiredRetention, fsrsParams: row.fsrsParams });
    const recallSum = sumRetrievability(row.memory, at, settings);
    const predictedRecallAtDue = totalCards > 0 ? Math.min(1, recallSum / totalCards) : 0;
    const cardsStarted = Math.min(row.cardsStarted, totalCards);
    const reasons = riskReasons({ cardsStarted, totalCards, predictedRecallAtDue, targetRecall: assignment.targetRecall, dueAt: assignment.dueAt, now });
    return {
      userId: row.userId,
      name: row.name,
      email: row.email,
      cardsStarted,
      totalCards,
      reviews7d: logs?.reviews7d ?? 0,
      retention: logs && logs.reviewedAsReview > 0 ? logs.passedAsReview / logs.reviewedAsReview : null,
      overdue: row.overdue,
      predictedRecallAtDue,
      lastActive: row.lastActive,
      atRisk: reasons.length > 0,
      riskReasons: reasons,
    };
  });
  const students = sortStudents(rows, "risk");

  const cards = cardRows
    .map((card): DashboardCard => {
      const stats = logsByCard.get(card.id);
      const reviews = stats?.reviews ?? 0;
      const failures = stats?.failures ?? 0;
      return { cardId: card.id, front: card.front, reviews, failures, failRate: reviews > 0 ? failures / reviews : null };
    })
    .sort((a, b) => (b.failRate ?? -1) - (a.failRate ?? -1) || b.failures - a.failures || b.reviews - a.reviews);

  return {
    classId: assignment.classroom.id,
    className: assignment.classroom.name,
    assignment: {
      id: assignment.id,
      deckId,
      deckTitle: assignment.deck.title,
      documentId: assignment.deck.documentId,
      // Only the deck's owner can open its document to edit cards.
      canEditDeck: assignment.deck.ownerId === viewer.id,
      dueAt: assignment.dueAt,
      targetRecall: assignment.targetRecall,
      createdAt: assignment.createdAt,
    },
    totalCards,
    generatedAt: now,
    students,
    cards,
  };
}

/** Sums predicted recall at `at` over the packed (stability, last review) pairs of one student's studied cards. */
function sumRetrievability(memory: Uint8Array | null, at: Date, settings: SchedulerSettings): number {
  if (!memory) return 0;
  const view = new DataView(memory.buffer, memory.byteOffset, memory.byteLength);
  const probe: MemoryState = { due: at, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: "REVIEW", lastReview: null };
  let sum = 0;
  for (let offset = 0; offset + 16 <= memory.byteLength; offset += 16) {
    probe.stability = view.getFloat64(offset);
    probe.lastReview = new Date(view.getFloat64(offset + 8) * 1000);
    sum += retrievability(probe, at, settings);
  }
  return sum;
}

const percent = (value: number | null) => (value === null ? "" : (value * 100).toFixed(1));

/** One row per student, for a spreadsheet. */
export function classDashboardCsv(dashboard: ClassDashboard): string {
  return toCsv([
    ["Name", "Email", "Cards started", "Total cards", "Reviews (7 days)", "Retention % (30 days)", "Overdue", "Predicted recall % at due date", "Last active (UTC)", "At risk", "Why"],
    ...dashboard.students.map((s) => [
      s.name,
      s.email,
      s.cardsStarted,
      s.totalCards,
      s.reviews7d,
      percent(s.retention),
      s.overdue,
      percent(s.predictedRecallAtDue),
      s.lastActive ? s.lastActive.toISOString() : "",
      s.atRisk ? "yes" : "no",
      s.riskReasons.join("; "),
    ]),
  ]);
}
