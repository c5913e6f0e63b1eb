import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { db, queryRows } from "@/lib/db";
import { ConflictError, NotFoundError, UnauthorizedError } from "@/lib/data/errors";
import type { Viewer } from "@/lib/data/viewer";
import { isLeech } from "@/lib/srs/leech";
import { newMemoryState, pickMemoryState } from "@/lib/srs/mappers";
import { buildQueue, countQueue, type QueueCandidate, type QueueCounts } from "@/lib/srs/queue";
import { applyGrade, previewIntervals, retrievability } from "@/lib/srs/scheduler";
import { studyDayBounds } from "@/lib/srs/study-day";
import type { Grade, MemoryState, SchedulerSettings, StateKind } from "@/lib/srs/types";

/** The recall goal of an assignment that sets none, for bringing its cards forward. */
export const DEFAULT_ASSIGNMENT_TARGET = 0.85;

export function schedulerSettingsFor(viewer: Pick<Viewer, "desiredRetention" | "fsrsParams">): SchedulerSettings {
  return { desiredRetention: viewer.desiredRetention, weights: viewer.fsrsParams.length ? viewer.fsrsParams : undefined, enableFuzz: false };
}

type StateRow = MemoryState;
const memoryOf = pickMemoryState;

export type ReviewCard = {
  cardId: string;
  deckId: string;
  version: number;
  kind: string;
  front: string;
  back: string;
  source: { section: string; excerpt: string };
  queue: "learning" | "review" | "new";
  state: StateKind;
  intervals: Record<Grade, string>;
};

export type ReviewQueue = {
  cards: ReviewCard[];
  /** Today's counts; learning cards are counted up to the page size, as only a page of them is read. */
  counts: QueueCounts;
  /** When the next learning card becomes due later today, so the screen can wait for it. */
  nextLearningDue: Date | null;
  today: { reviewed: number; dayKey: string };
};

type CandidateRow = StateRow & {
  cardId: string;
  deckId: string;
  passageKey: string;
  position: number;
  version: number;
};

type CardText = { id: string; kind: string; front: string; back: string; sourceSection: string; sourceExcerpt: string };

// What ordering the queue needs; the text is read afterwards for the page it returns only.
const candidateColumns = Prisma.sql`
  s."cardId", s."deckId", c."passageKey", s.position, s.version, s.due, s.stability, s.difficulty,
  s."elapsedDays", s."scheduledDays", s."learningSteps", s.reps, s.lapses, s.state::text AS state, s."lastReview"`;

const studiedStates = (userId: string, deckId: string | undefined, now: Date) => Prisma.sql`
  FROM "CardState" s
  JOIN "StudyDeck" sd ON sd."userId" = s."userId" AND sd."deckId" = s."deckId"
  JOIN "Card" c ON c.id = s."cardId" AND NOT c.retired
  WHERE s."userId" = ${userId} AND NOT s.suspended AND NOT s.leech
    AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= ${now})
    ${deckId ? Prisma.sql`AND s."deckId" = ${deckId}` : Prisma.empty}`;

type Bucket = "learning" | "review" | "new" | "assigned";
type BucketRow = CandidateRow & { bucket: Bucket; assignmentDue: Date | null; target: number | null };

/**
 * Today's queue for the viewer (one deck or all): one statement reads the candidates along the
 * (user, state, due) and (user, state, deck, position) indexes, another today's grades, side by side;
 * the pure queue builder orders them, and a third reads the text of the page's cards. Only due cards
 * and the first new cards are read, never the whole deck.
 */
export async function getReviewQueue(viewer: Viewer, options: { deckId?: string; limit?: number }, now: Date): Promise<ReviewQueue> {
  const day = studyDayBounds(now, viewer.timeZone, viewer.rolloverHour);
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
  const studied = studiedStates(viewer.id, options.deckId, now);
  const plain = Prisma.sql`NULL::timestamp(3) AS "assignmentDue", NULL::float8 AS target`;
  const [candidateRows, todayRows] = await Promise.all([
    queryRows<BucketRow>(Prisma.sql`
      -- Learning cards come first in the queue, so one page's worth is all that is read; one ordered index
      -- range per state, as an IN list would sort.
      (SELECT 'learning' AS bucket, ${candidateColumns}, ${plain} ${studied}
        AND s.state = 'LEARNING' AND s.due < ${day.end} ORDER BY s.due LIMIT ${limit})
      UNION ALL
      (SELECT 'learning', ${candidateColumns}, ${plain} ${studied}
        AND s.state = 'RELEARNING' AND s.due < ${day.end} ORDER BY s.due LIMIT ${limit})
      UNION ALL
      -- Only as many due reviews as a day can hold (and some to spare for siblings), longest overdue first:
      -- a huge backlog costs no more. The builder then puts the most forgotten first.
      (SELECT 'review', ${candidateColumns}, ${plain} ${studied}
        AND s.state = 'REVIEW' AND s.due < ${day.end} ORDER BY s.due LIMIT ${Math.max(viewer.maxReviewsPerDay, 0) + 50})
      UNION ALL
      (SELECT 'new', ${candidateColumns}, ${plain} ${studied}
        AND s.state = 'NEW' ORDER BY s."deckId", s.position LIMIT ${Math.max(viewer.newCardsPerDay, 0) * 4 + 20})
      UNION ALL
      -- Review cards of a deck assigned to one of the learner's classes that would next come back only
      -- after the assignment's due date: the least stable first, as candidates to bring forward.
      (SELECT DISTINCT ON (s.stability, s."cardId") 'assigned', ${candidateColumns},
          a."dueAt", COALESCE(a."targetRecall", ${DEFAULT_ASSIGNMENT_TARGET})
        FROM "CardState" s
        JOIN "StudyDeck" sd ON sd."userId" = s."userId" AND sd."deckId" = s."deckId"
        JOIN "Card" c ON c.id = s."cardId" AND NOT c.retired
        JOIN "Assignment" a ON a."deckId" = s."deckId" AND a."dueAt" > ${now}
        JOIN "Classroom" cl ON cl.id = a."classId" AND cl."archivedAt" IS NULL
        JOIN "Membership" m ON m."classId" = a."classId" AND m."userId" = s."userId"
        WHERE s."userId" = ${viewer.id} AND NOT s.suspended AND NOT s.leech
          AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= ${now})
          ${options.deckId ? Prisma.sql`AND s."deckId" = ${options.deckId}` : Prisma.empty}
          AND s.state = 'REVIEW' AND s.due >= ${day.end} AND s.due > a."dueAt"
        ORDER BY s.stability, s."cardId" LIMIT 200)`),
    queryRows<{ newStudied: number; reviewsDone: number; reviewed: number; passages: string[] | null }>(Prisma.sql`
      SELECT count(DISTINCT l."cardId") FILTER (WHERE l.state = 'NEW')::int AS "newStudied",
             count(DISTINCT l."cardId") FILTER (WHERE l.state = 'REVIEW')::int AS "reviewsDone",
             count(*)::int AS reviewed,
             array_agg(DISTINCT l."passageKey") AS passages
      FROM "ReviewLog" l
      WHERE l."userId" = ${viewer.id} AND l.review >= ${day.start} AND NOT l.undone AND l.source = 'REVIEW'`),
  ]);
  const today = todayRows[0] ?? { newStudied: 0, reviewsDone: 0, reviewed: 0, passages: [] };
  const learning = candidateRows.filter((row) => row.bucket === "learning");
  const assigned = candidateRows.filter((row) => row.bucket === "assigned");
  const settings = schedulerSettingsFor(viewer);
  // An assignment due before the schedule would bring a card back: the cards whose predicted recall on
  // that date falls below the goal are due today, most at risk first (the builder orders them).
  const broughtForward = assigned
    .filter((row) => retrievability(memoryOf(row), row.assignmentDue!, settings) < row.target!)
    .map((row) => ({ ...row, due: now }));
  const rows = [
    ...learning,
    ...candidateRows.filter((row) => row.bucket === "review"),
    ...broughtForward,
    ...candidateRows.filter((row) => row.bucket === "new"),
  ];
  const byCard = new Map(rows.map((row) => [row.cardId, row]));
  const candidates: QueueCandidate[] = rows.map((row) => ({
    cardId: row.cardId,
    deckId: row.deckId,
    passageKey: row.passageKey,
    position: row.position,
    state: row.state === "NEW" ? null : memoryOf(row),
    suspended: false,
    buriedUntil: null,
    leech: false,
  }));
  const entries = buildQueue({
    candidates,
    now,
    day,
    limits: { newPerDay: viewer.newCardsPerDay, maxReviewsPerDay: viewer.maxReviewsPerDay },
    today: { newStudied: today.newStudied, reviewsDone: today.reviewsDone },
    passageKeysSeenToday: new Set(today.passages ?? []),
  });
  const page = entries.slice(0, limit);
  const texts = page.length
    ? await queryRows<CardText>(Prisma.sql`
        SELECT id, kind::text AS kind, front, back, "sourceSection", "sourceExcerpt" FROM "Card" WHERE id = ANY(${page.map((entry) => entry.cardId)})`)
    : [];
  const textOf = new Map(texts.map((text) => [text.id, text]));
  // A card deleted between the two reads (its deck removed a moment ago) is simply left out.
  const cards = page.flatMap((entry): ReviewCard[] => {
    const row = byCard.get(entry.cardId)!;
    const text = textOf.get(entry.cardId);
    if (!text) return [];
    const preview = previewIntervals(memoryOf(row), now, settings);
    return [
      {
        cardId: row.cardId,
        deckId: row.deckId,
        version: row.version,
        kind: text.kind,
        front: text.front,
        back: text.back,
        source: { section: text.sourceSection, excerpt: text.sourceExcerpt },
        queue: entry.kind,
        state: row.state,
        intervals: { 1: preview[1].label, 2: preview[2].label, 3: preview[3].label, 4: preview[4].label },
      },
    ];
  });
  const laterLearning = learning
    .filter((row) => row.due > now)
    .map((row) => row.due.getTime());
  return {
    cards,
    counts: countQueue(entries),
    nextLearningDue: laterLearning.length ? new Date(Math.min(...laterLearning)) : null,
    today: { reviewed: today.reviewed, dayKey: day.dayKey },
  };
}

export type ReviewInput = { cardId: string; grade: Grade; clientReviewId: string; expectedVersion: number; durationMs?: number };
export type ReviewOutcome = {
  reviewId: string;
  cardId: string;
  version: number;
  state: StateKind;
  due: Date;
  leech: boolean;
  replayed: boolean;
};

type LoadedCard = StateRow & {
  tokenVersion: number;
  desiredRetention: number;
  fsrsParams: number[];
  cardId: string | null;
  deckId: string;
  passageKey: string;
  position: number;
  hasState: boolean;
  version: number | null;
  suspended: boolean | null;
  leech: boolean | null;
  logId: string | null;
};

/** Who is grading: a viewer, or just a session's user id and token version (checked in the same query). */
export type ReviewActor = { id: string; tokenVersion?: number };

export type CurrentCardState = { cardId: string; version: number; state: StateKind; due: Date };

// One query reads the learner's settings and token version, the card (only if it is in their studies),
// its state, and any earlier grade with the same review id.
async function loadForReview(actor: ReviewActor, cardId: string, clientReviewId: string): Promise<LoadedCard | null> {
  const rows = await queryRows<LoadedCard>(Prisma.sql`
    SELECT u."tokenVersion", u."desiredRetention", u."fsrsParams",
           c.id AS "cardId", c."deckId", c."passageKey", c.position, (s.id IS NOT NULL) AS "hasState", s.version, s.suspended, s.leech,
           s.due, s.stability, s.difficulty, s."elapsedDays", s."scheduledDays", s."learningSteps", s.reps, s.lapses,
           s.state::text AS state, s."lastReview", l.id AS "logId"
    FROM "User" u
    LEFT JOIN "Card" c ON c.id = ${cardId} AND NOT c.retired
      AND EXISTS (SELECT 1 FROM "StudyDeck" sd WHERE sd."deckId" = c."deckId" AND sd."userId" = u.id)
    LEFT JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = u.id
    LEFT JOIN "ReviewLog" l ON l."userId" = u.id AND l."clientReviewId" = ${clientReviewId}
    WHERE u.id = ${actor.id}`);
  return rows[0] ?? null;
}

async function replayOutcome(viewer: Pick<Viewer, "id">, clientReviewId: string): Promise<ReviewOutcome | null> {
  const log = await db.reviewLog.findUnique({
    where: { userId_clientReviewId: { userId: viewer.id, clientReviewId } },
    select: { id: true, cardId: true, resultVersion: true, card: { select: { states: { where: { userId: viewer.id }, select: { state: true, due: true, leech: true } } } } },
  });
  const state = log?.card.states[0];
  if (!log || !state) return null;
  return { reviewId: log.id, cardId: log.cardId, version: log.resultVersion, state: state.state, due: state.due, leech: state.leech, replayed: true };
}

async function currentState(viewer: Pick<Viewer, "id">, cardId: string): Promise<CurrentCardState | null> {
  const state = await db.cardState.findUnique({ where: { userId_cardId: { userId: viewer.id, cardId } }, select: { version: true, state: true, due: true } });
  return state ? { cardId, ...state } : null;
}

/**
 * Records one grade: the server's clock, the learner's scheduler settings, and one statement that
 * updates the card state (only if it is still at the version the client saw) and inserts the log.
 * Two database round trips: the read above and this write. A replayed review id answers as before.
 */
export async function recordReview(actor: ReviewActor, input: ReviewInput, now: Date): Promise<ReviewOutcome> {
  const loaded = await loadForReview(actor, input.cardId, input.clientReviewId);
  if (!loaded || (actor.tokenVersion !== undefined && loaded.tokenVersion !== actor.tokenVersion)) {
    throw new UnauthorizedError("Your session has ended. Sign in again.");
  }
  const viewer = { id: actor.id, desiredRetention: loaded.desiredRetention, fsrsParams: loaded.fsrsParams };
  if (!loaded.cardId) throw new NotFoundError("That card is not in your studies.");
  const cardId = loaded.cardId;
  if (loaded.logId) {
    const replay = await replayOutcome(viewer, input.clientReviewId);
    if (replay) return replay;
  }
  const version = loaded.version ?? 0;
  if (version !== input.expectedVersion) {
    throw new ConflictError("This card was already graded somewhere else.", await currentState(viewer, input.cardId));
  }
  if (loaded.suspended) throw new ConflictError("This card is suspended.", await currentState(viewer, input.cardId));

  const previous: MemoryState = loaded.hasState ? memoryOf(loaded) : newMemoryState(now);
  const { next, log } = applyGrade(previous, input.grade, now, schedulerSettingsFor(viewer));
  const leech = isLeech(next);
  const reviewId = randomUUID();
  const previousJson = JSON.stringify({ ...previous, version, leech: Boolean(loaded.leech), suspended: Boolean(loaded.suspended) });
  let written: { version: number | null; logId: string | null }[];
  try {
    written = await queryRows<{ version: number | null; logId: string | null }>(Prisma.sql`
      WITH upd AS (
        INSERT INTO "CardState" (id, "userId", "cardId", "deckId", due, stability, difficulty, "elapsedDays", "scheduledDays",
          "learningSteps", reps, lapses, state, "lastReview", suspended, leech, position, version, "createdAt", "updatedAt")
        VALUES (${randomUUID()}, ${viewer.id}, ${cardId}, ${loaded.deckId}, ${next.due}, ${next.stability}, ${next.difficulty},
          ${next.elapsedDays}, ${next.scheduledDays}, ${next.learningSteps}, ${next.reps}, ${next.lapses},
          ${next.state}::"CardStateKind", ${next.lastReview}, ${leech}, ${leech}, ${loaded.position}, 1, ${now}, ${now})
        ON CONFLICT ("userId", "cardId") DO UPDATE SET
          due = EXCLUDED.due, stability = EXCLUDED.stability, difficulty = EXCLUDED.difficulty,
          "elapsedDays" = EXCLUDED."elapsedDays", "scheduledDays" = EXCLUDED."scheduledDays",
          "learningSteps" = EXCLUDED."learningSteps", reps = EXCLUDED.reps, lapses = EXCLUDED.lapses,
          state = EXCLUDED.state, "lastReview" = EXCLUDED."lastReview",
          leech = EXCLUDED.leech, suspended = "CardState".suspended OR EXCLUDED.leech,
          "buriedUntil" = NULL, version = "CardState".version + 1, "updatedAt" = EXCLUDED."updatedAt"
        WHERE "CardState".version = ${input.expectedVersion} AND NOT "CardState".suspended
        RETURNING version
      ), log AS (
        INSERT INTO "ReviewLog" (id, "userId", "cardId", "passageKey", "clientReviewId", rating, state, due, stability, difficulty,
          "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review, "durationMs", source,
          "previousState", "resultVersion", undone, "createdAt")
        SELECT ${reviewId}, ${viewer.id}, ${cardId}, ${loaded.passageKey}, ${input.clientReviewId}, ${log.rating}, ${log.state}::"CardStateKind",
          ${log.due}, ${log.stability}, ${log.difficulty}, ${log.elapsedDays}, ${log.lastElapsedDays}, ${log.scheduledDays},
          ${log.learningSteps}, ${now}, ${input.durationMs ?? null}, 'REVIEW'::"ReviewSource", ${previousJson}::jsonb, upd.version, false, ${now}
        FROM upd
        RETURNING id
      )
      SELECT (SELECT version FROM upd) AS version, (SELECT id FROM log) AS "logId"`);
  } catch (error) {
    // The same review id raced in from a retry: the other request won and recorded it.
    if (isUniqueViolation(error)) {
      const replay = await replayOutcome(viewer, input.clientReviewId);
      if (replay) return replay;
    }
    throw error;
  }
  const result = written[0];
  if (!result?.version || !result.logId) {
    const replay = await replayOutcome(viewer, input.clientReviewId);
    if (replay) return replay;
    throw new ConflictError("This card was already graded somewhere else.", await currentState(viewer, input.cardId));
  }
  return { reviewId, cardId, version: result.version, state: next.state, due: next.due, leech, replayed: false };
}

function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /23505|unique constraint/i.test(text);
}

type StoredPrevious = MemoryState & { version: number; leech: boolean; suspended: boolean };

function parsePrevious(json: unknown): StoredPrevious {
  const value = json as Record<string, unknown>;
  return {
    ...(value as unknown as StoredPrevious),
    due: new Date(String(value.due)),
    lastReview: value.lastReview ? new Date(String(value.lastReview)) : null,
  };
}

/**
 * Undoes the viewer's latest grade (or the given one, if it is still the latest on its card): the card
 * state goes back exactly as it was, and the log entry is kept, marked undone.
 */
export async function undoReview(viewer: Viewer, reviewId: string | undefined, now: Date): Promise<CurrentCardState> {
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({
      // Either the server's log id or the client's review id names the grade.
      where: { userId: viewer.id, undone: false, source: "REVIEW", ...(reviewId ? { OR: [{ id: reviewId }, { clientReviewId: reviewId }] } : {}) },
      orderBy: { review: "desc" },
      select: { id: true, cardId: true, resultVersion: true, previousState: true },
    });
    if (!log) throw new NotFoundError("There is no grade to undo.");
    const previous = parsePrevious(log.previousState);
    const updated = await tx.cardState.updateMany({
      where: { userId: viewer.id, cardId: log.cardId, version: log.resultVersion },
      data: {
        due: previous.due,
        stability: previous.stability,
        difficulty: previous.difficulty,
        elapsedDays: previous.elapsedDays,
        scheduledDays: previous.scheduledDays,
        learningSteps: previous.learningSteps,
        reps: previous.reps,
        lapses: previous.lapses,
        state: previous.state,
        lastReview: previous.lastReview,
        leech: previous.leech,
        suspended: previous.suspended,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new ConflictError("This card changed after that grade, so it cannot be undone.");
    await tx.reviewLog.update({ where: { id: log.id }, data: { undone: true, undoneAt: now } });
    const state = await tx.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: viewer.id, cardId: log.cardId } }, select: { version: true, state: true, due: true } });
    return { cardId: log.cardId, ...state };
  });
}

/** Suspend keeps a card out of every queue until unsuspended; bury hides it until the next study day. */
export async function setCardHold(viewer: Viewer, cardId: string, hold: "suspend" | "unsuspend" | "bury", now: Date): Promise<CurrentCardState> {
  const existing = await db.cardState.findFirst({
    where: { userId: viewer.id, cardId, deck: { studyDecks: { some: { userId: viewer.id } } } },
    select: { id: true },
  });
  if (!existing) throw new NotFoundError("That card is not in your studies.");
  const data =
    hold === "bury"
      ? { buriedUntil: studyDayBounds(now, viewer.timeZone, viewer.rolloverHour).end }
      : hold === "suspend"
        ? { suspended: true }
        : { suspended: false, leech: false };
  const state = await db.cardState.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } }, select: { version: true, state: true, due: true } });
  return { cardId, ...state };
}

export type CatchUp = { overdue: number; dailyCap: number; days: number; clearedOn: Date };

/**
 * A learner back from a break: review cards overdue since before today. The queue already takes the
 * most forgotten first and stops at the daily cap; this says how long the backlog lasts at that cap.
 */
export async function getCatchUpPlan(viewer: Viewer, now: Date): Promise<CatchUp | null> {
  const day = studyDayBounds(now, viewer.timeZone, viewer.rolloverHour);
  const rows = await db.$queryRaw<{ overdue: number }[]>`
    SELECT count(*)::int AS overdue ${studiedStates(viewer.id, undefined, now)} AND s.state = 'REVIEW' AND s.due < ${day.start}`;
  const overdue = rows[0]?.overdue ?? 0;
  const dailyCap = Math.max(1, viewer.maxReviewsPerDay);
  if (overdue <= dailyCap) return null;
  const days = Math.ceil(overdue / dailyCap);
  const clearedOn = studyDayBounds(new Date(day.start.getTime() + (days - 1) * 86_400_000 + 3_600_000), viewer.timeZone, viewer.rolloverHour).start;
  return { overdue, dailyCap, days, clearedOn };
}
