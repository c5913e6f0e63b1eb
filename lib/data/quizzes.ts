import "server-only";
import { pickMemoryState } from "@/lib/srs/mappers";
import { randomInt } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/data/errors";
import { schedulerSettingsFor } from "@/lib/data/reviews";
import { visibleDeckWhere } from "@/lib/data/study";
import type { Viewer } from "@/lib/data/viewer";
import { type QuizAnswerValue, type QuizResponse, readAnswer, readChoices, readMatching, toQuizKind, truthOf } from "@/lib/quiz/item-shape";
import { markQuizAnswer } from "@/lib/quiz/mark-answer";
import { pickQuizItems } from "@/lib/quiz/pick-items";
import { isLeech } from "@/lib/srs/leech";
import { type QuizKind, applyQuizEvidence } from "@/lib/srs/quiz-evidence";
import type { MemoryState } from "@/lib/srs/types";

export type { QuizAnswerValue, QuizResponse } from "@/lib/quiz/item-shape";

export type QuizQuestion = {
  quizItemId: string;
  kind: QuizKind;
  prompt: string;
  section: string;
  /** Multiple choice and true/false. */
  choices: string[];
  /** Matching: the terms to match and the (sorted) matches to choose from. */
  matching: { left: string[]; right: string[] } | null;
};

export type QuizFeedback = {
  quizItemId: string;
  kind: QuizKind;
  response: QuizResponse;
  correct: boolean;
  overruled: boolean;
  /** Only a typed answer marked wrong may be overruled, once. */
  canOverrule: boolean;
  correctAnswer: QuizAnswerValue;
  explanation: string | null;
  source: { section: string; excerpt: string };
  /** The card of the same passage, for "Read the source"; null when the deck has none. */
  cardId: string | null;
};

export type QuizReviewItem = { quizItemId: string; prompt: string; correctAnswer: QuizAnswerValue; section: string; cardId: string | null };

export type QuizResult = { score: number; total: number; answered: number; durationMs: number; toReview: QuizReviewItem[] };

export type QuizAttemptView = {
  id: string;
  deckId: string;
  deckTitle: string;
  assignmentId: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  total: number;
  questions: QuizQuestion[];
  answers: QuizFeedback[];
  /** The first question not answered yet; questions.length once all are. */
  nextIndex: number;
  result: QuizResult | null;
};

type ItemRow = {
  id: string;
  kind: string;
  prompt: string;
  passageKey: string;
  options: Prisma.JsonValue;
  answer: Prisma.JsonValue;
  explanation: string | null;
  sourceSection: string;
  sourceExcerpt: string;
};

type AnswerRow = { id: string; quizItemId: string; response: Prisma.JsonValue; correct: boolean; overruled: boolean; answeredAt: Date };

const itemSelect = {
  id: true,
  kind: true,
  prompt: true,
  passageKey: true,
  options: true,
  answer: true,
  explanation: true,
  sourceSection: true,
  sourceExcerpt: true,
} as const;

const answerSelect = { id: true, quizItemId: true, response: true, correct: true, overruled: true, answeredAt: true } as const;

// A pause longer than this (a break, a closed tab) counts as this long in the quiz's time.
const MAX_GAP_MS = 10 * 60_000;

const cryptoRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

function questionOf(item: ItemRow): QuizQuestion {
  const kind = toQuizKind(item.kind);
  return {
    quizItemId: item.id,
    kind,
    prompt: item.prompt,
    section: item.sourceSection,
    choices: readChoices(kind, item.options),
    matching: kind === "matching" ? readMatching(item.options, item.answer) : null,
  };
}

function expectedOf(item: ItemRow): QuizAnswerValue {
  const kind = toQuizKind(item.kind);
  return readAnswer(kind, item.answer, readChoices(kind, item.options));
}

function responseOf(json: Prisma.JsonValue): QuizResponse {
  if (typeof json === "string") return json;
  return Array.isArray(json) ? json.map((pair) => (Array.isArray(pair) ? pair.map(String) : [])) : "";
}

function feedbackOf(item: ItemRow, answer: AnswerRow, cardId: string | null): QuizFeedback {
  const kind = toQuizKind(item.kind);
  return {
    quizItemId: item.id,
    kind,
    response: responseOf(answer.response),
    correct: answer.correct,
    overruled: answer.overruled,
    canOverrule: kind === "typed" && !answer.correct && !answer.overruled,
    correctAnswer: expectedOf(item),
    explanation: item.explanation,
    source: { section: item.sourceSection, excerpt: item.sourceExcerpt },
    cardId,
  };
}

/** Per passage, the deck's first active card: where "Read the source" goes and what a quiz answer teaches. */
async function sourceCardsFor(deckId: string, passageKeys: string[]): Promise<Map<string, string>> {
  if (passageKeys.length === 0) return new Map();
  const cards = await db.card.findMany({
    where: { deckId, passageKey: { in: [...new Set(passageKeys)] }, retired: false },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, passageKey: true },
  });
  const byPassage = new Map<string, string>();
  for (const card of cards) if (!byPassage.has(card.passageKey)) byPassage.set(card.passageKey, card.id);
  return byPassage;
}

function timeSpent(startedAt: Date, answers: { answeredAt: Date }[]): number {
  let previous = startedAt.getTime();
  let total = 0;
  for (const answer of [...answers].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime())) {
    total += Math.min(Math.max(answer.answeredAt.getTime() - previous, 0), MAX_GAP_MS);
    previous = answer.answeredAt.getTime();
  }
  return total;
}

function resultOf(attempt: { startedAt: Date; total: number; itemIds: string[] }, items: Map<string, ItemRow>, answers: AnswerRow[], cards: Map<string, string>): QuizResult {
  const order = (answer: AnswerRow) => attempt.itemIds.indexOf(answer.quizItemId);
  const toReview = [...answers]
    .sort((a, b) => order(a) - order(b))
    .filter((answer) => !answer.correct)
    .flatMap((answer): QuizReviewItem[] => {
      const item = items.get(answer.quizItemId);
      return item ? [{ quizItemId: item.id, prompt: item.prompt, correctAnswer: expectedOf(item), section: item.sourceSection, cardId: cards.get(item.passageKey) ?? null }] : [];
    });
  return {
    score: answers.filter((answer) => answer.correct).length,
    total: attempt.total,
    answered: answers.length,
    durationMs: timeSpent(attempt.startedAt, answers),
    toReview,
  };
}

async function findOwnAttempt(viewer: Viewer, attemptId: string) {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId: viewer.id },
    select: { id: true, deckId: true, assignmentId: true, itemIds: true, startedAt: true, finishedAt: true, total: true, deck: { select: { title: true } } },
  });
  if (!attempt) throw new NotFoundError("That quiz does not exist.");
  return attempt;
}

async function loadItems(deckId: string, ids: string[]): Promise<Map<string, ItemRow>> {
  const items = await db.quizItem.findMany({ where: { id: { in: ids }, deckId }, select: itemSelect });
  return new Map(items.map((item) => [item.id, item]));
}

function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  const text = error instanceof Error ? error.message : String(error);
  return /23505|unique constraint/i.test(text);
}

/** Visible decks the viewer studies, and any deck assigned to a class of theirs (a teacher's draft too: they shared it). */
function quizzableDeckWhere(viewer: Viewer) {
  return {
    OR: [
      { AND: [visibleDeckWhere(viewer), { studyDecks: { some: { userId: viewer.id } } }] },
      { assignments: { some: { classroom: { memberships: { some: { userId: viewer.id } } } } } },
    ],
  };
}

export type StartQuizOptions = { deckId: string; size: number; assignmentId?: string };

/**
 * Starts a quiz on a deck the viewer studies (visible to them) or was assigned. An assignment's quiz
 * has the size the teacher set. The questions are drawn at random, mixed across kinds, and their
 * order is kept on the attempt so a reload asks the same ones.
 */
export async function startQuiz(viewer: Viewer, input: StartQuizOptions, now: Date): Promise<{ attemptId: string; total: number }> {
  let size = input.size;
  let assignmentId: string | null = null;
  if (input.assignmentId) {
    const assignment = await db.assignment.findFirst({
      where: { id: input.assignmentId, deckId: input.deckId, classroom: { memberships: { some: { userId: viewer.id } } } },
      select: { id: true, quizSize: true },
    });
    if (!assignment) throw new NotFoundError("That assignment does not exist.");
    if (assignment.quizSize === null) throw new ConflictError("Your teacher has not attached a quiz to this assignment.");
    size = assignment.quizSize;
    assignmentId = assignment.id;
  } else {
    const deck = await db.deck.findFirst({ where: { id: input.deckId, ...quizzableDeckWhere(viewer) }, select: { id: true } });
    if (!deck) throw new NotFoundError("That deck is not in your studies.");
  }
  const items = await db.quizItem.findMany({ where: { deckId: input.deckId, retired: false }, orderBy: { position: "asc" }, select: { id: true, kind: true, passageKey: true } });
  if (items.length === 0) throw new InvalidInputError("This deck has no quiz questions yet.", { deckId: ["This deck has no quiz questions yet."] });
  const picked = pickQuizItems(items, Math.max(1, size), cryptoRandom);
  const attempt = await db.quizAttempt.create({
    data: { userId: viewer.id, deckId: input.deckId, assignmentId, itemIds: picked.map((item) => item.id), total: picked.length, startedAt: now },
    select: { id: true, total: true },
  });
  return { attemptId: attempt.id, total: attempt.total };
}

/** The viewer's attempt with its questions (never the answers to those not yet answered) and the answers so far. */
export async function getAttempt(viewer: Viewer, attemptId: string): Promise<QuizAttemptView> {
  const attempt = await findOwnAttempt(viewer, attemptId);
  const [items, answers] = await Promise.all([
    loadItems(attempt.deckId, attempt.itemIds),
    db.quizAnswer.findMany({ where: { attemptId: attempt.id }, select: answerSelect }),
  ]);
  const cards = await sourceCardsFor(attempt.deckId, [...items.values()].map((item) => item.passageKey));
  const ordered = attempt.itemIds.flatMap((id) => {
    const item = items.get(id);
    return item ? [item] : [];
  });
  const answerByItem = new Map(answers.map((answer) => [answer.quizItemId, answer]));
  const feedback = ordered.flatMap((item) => {
    const answer = answerByItem.get(item.id);
    return answer ? [feedbackOf(item, answer, cards.get(item.passageKey) ?? null)] : [];
  });
  const nextIndex = ordered.findIndex((item) => !answerByItem.has(item.id));
  return {
    id: attempt.id,
    deckId: attempt.deckId,
    deckTitle: attempt.deck.title,
    assignmentId: attempt.assignmentId,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt,
    total: attempt.total,
    questions: ordered.map(questionOf),
    answers: feedback,
    nextIndex: nextIndex < 0 ? ordered.length : nextIndex,
    result: attempt.finishedAt ? resultOf(attempt, items, answers, cards) : null,
  };
}

type LockedState = MemoryState & { id: string; version: number; suspended: boolean; leech: boolean; passageKey: string };

type EvidenceBase = { memory: MemoryState; leech: boolean; suspended: boolean };

async function lockCardState(tx: Prisma.TransactionClient, userId: string, cardId: string): Promise<LockedState | null> {
  const rows = await tx.$queryRaw<LockedState[]>`
    SELECT s.id, s.version, s.suspended, s.leech, s.due, s.stability, s.difficulty, s."elapsedDays", s."scheduledDays",
           s."learningSteps", s.reps, s.lapses, s.state::text AS state, s."lastReview", c."passageKey"
    FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
    WHERE s."userId" = ${userId} AND s."cardId" = ${cardId}
    FOR UPDATE OF s`;
  return rows[0] ?? null;
}

function baseOf(row: LockedState): EvidenceBase {
  return { memory: pickMemoryState(row), leech: row.leech, suspended: row.suspended };
}

function previousJson(base: EvidenceBase, version: number): Prisma.InputJsonObject {
  const { memory } = base;
  return { ...memory, due: memory.due.toISOString(), lastReview: memory.lastReview?.toISOString() ?? null, version, leech: base.leech, suspended: base.suspended };
}

/** Applies one quiz answer to the learner's card the way a review would: new state (version + 1) and a QUIZ log. */
async function writeEvidence(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  cardId: string,
  locked: LockedState,
  base: EvidenceBase,
  evidence: { kind: QuizKind; correct: boolean; clientReviewId: string; durationMs: number | null },
  now: Date,
): Promise<void> {
  // A card the learner suspended stays as they left it.
  if (base.suspended) return;
  const result = applyQuizEvidence(base.memory, evidence.kind, evidence.correct, now, schedulerSettingsFor(viewer));
  if (!result) return;
  const { next, log } = result;
  const leech = isLeech(next);
  const version = locked.version + 1;
  await tx.cardState.update({
    where: { id: locked.id },
    data: { ...next, leech, suspended: base.suspended || leech, version, updatedAt: now },
  });
  await tx.reviewLog.create({
    data: {
      userId: viewer.id,
      cardId,
      passageKey: locked.passageKey,
      clientReviewId: evidence.clientReviewId,
      ...log,
      review: now,
      durationMs: evidence.durationMs,
      source: "QUIZ",
      previousState: previousJson(base, locked.version),
      resultVersion: version,
      createdAt: now,
    },
  });
}

function checkResponseShape(kind: QuizKind, response: QuizResponse, question: QuizQuestion): void {
  if (kind === "matching") {
    if (!Array.isArray(response)) throw new InvalidInputError("Match every term.", { response: ["Match every term."] });
    return;
  }
  if (typeof response !== "string") throw new InvalidInputError("Give one answer.", { response: ["Give one answer."] });
  if (kind === "multiple_choice" && !question.choices.includes(response)) throw new InvalidInputError("Choose one of the options.", { response: ["Choose one of the options."] });
  if (kind === "true_false" && !question.choices.some((choice) => truthOf(choice) === truthOf(response))) {
    throw new InvalidInputError("Choose true or false.", { response: ["Choose true or false."] });
  }
}

export type AnswerQuestionInput = { attemptId: string; quizItemId: string; response: QuizResponse; durationMs?: number };

/**
 * Marks one answer and stores it; a second answer to the same question is a conflict. The answer is
 * also evidence for the learner's card of the same passage (see applyQuizEvidence): its new state and
 * a QUIZ review log are written in the same transaction as the answer.
 */
export async function answerQuestion(viewer: Viewer, input: AnswerQuestionInput, now: Date): Promise<QuizFeedback> {
  const attempt = await findOwnAttempt(viewer, input.attemptId);
  if (attempt.finishedAt) throw new ConflictError("This quiz is finished.");
  if (!attempt.itemIds.includes(input.quizItemId)) throw new NotFoundError("That question is not part of this quiz.");
  const item = await db.quizItem.findFirst({ where: { id: input.quizItemId, deckId: attempt.deckId }, select: itemSelect });
  if (!item) throw new NotFoundError("That question is not part of this quiz.");
  const kind = toQuizKind(item.kind);
  checkResponseShape(kind, input.response, questionOf(item));
  const already = await db.quizAnswer.findUnique({ where: { attemptId_quizItemId: { attemptId: attempt.id, quizItemId: item.id } }, select: { id: true } });
  if (already) throw new ConflictError("You already answered this question.");

  const correct = markQuizAnswer(kind, expectedOf(item), input.response);
  const cardId = (await sourceCardsFor(attempt.deckId, [item.passageKey])).get(item.passageKey) ?? null;
  const response = (typeof input.response === "string" ? input.response : input.response.map((pair) => [...pair])) as Prisma.InputJsonValue;
  let answer: AnswerRow;
  try {
    answer = await db.$transaction(async (tx) => {
      const created = await tx.quizAnswer.create({
        data: { attemptId: attempt.id, quizItemId: item.id, response, correct, durationMs: input.durationMs ?? null, answeredAt: now },
        select: answerSelect,
      });
      const locked = cardId ? await lockCardState(tx, viewer.id, cardId) : null;
      if (cardId && locked) {
        await writeEvidence(tx, viewer, cardId, locked, baseOf(locked), { kind, correct, clientReviewId: `quiz:${created.id}`, durationMs: input.durationMs ?? null }, now);
      }
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("You already answered this question.");
    throw error;
  }
  return feedbackOf(item, answer, cardId);
}

function parsePrevious(json: Prisma.JsonValue): EvidenceBase {
  const value = json as Record<string, unknown>;
  const memory = { ...(value as unknown as MemoryState), due: new Date(String(value.due)), lastReview: value.lastReview ? new Date(String(value.lastReview)) : null };
  return { memory, leech: Boolean(value.leech), suspended: Boolean(value.suspended) };
}

/**
 * "I was right" on a typed answer marked wrong: once per question, recorded as overruled and right
 * (the score follows, even after the quiz is finished).
 */
export async function overruleAnswer(viewer: Viewer, attemptId: string, quizItemId: string, now: Date): Promise<QuizFeedback> {
  const attempt = await findOwnAttempt(viewer, attemptId);
  const answer = await db.quizAnswer.findFirst({
    where: { attemptId: attempt.id, quizItemId },
    select: { ...answerSelect, quizItem: { select: itemSelect } },
  });
  if (!answer) throw new NotFoundError("You have not answered that question.");
  const item = answer.quizItem;
  if (toQuizKind(item.kind) !== "typed") throw new ConflictError("Only typed answers can be overruled.");
  if (answer.overruled) throw new ConflictError("You already overruled this answer.");
  if (answer.correct) throw new ConflictError("This answer was already marked right.");
  const cardId = (await sourceCardsFor(attempt.deckId, [item.passageKey])).get(item.passageKey) ?? null;

  const updated = await db.$transaction(async (tx) => {
    const marked = await tx.quizAnswer.updateMany({ where: { id: answer.id, overruled: false, correct: false }, data: { overruled: true, correct: true } });
    if (marked.count === 0) throw new ConflictError("You already overruled this answer.");
    if (attempt.finishedAt) await tx.quizAttempt.update({ where: { id: attempt.id }, data: { score: { increment: 1 } } });
    const locked = cardId ? await lockCardState(tx, viewer.id, cardId) : null;
    if (cardId && locked) {
      const wrongLog = await tx.reviewLog.findFirst({
        where: { userId: viewer.id, clientReviewId: `quiz:${answer.id}`, undone: false },
        select: { id: true, resultVersion: true, previousState: true },
      });
      // The mark was our mistake, so its lapse is taken back and the answer counts as Good from the
      // state before it; if the card moved on since, Good is applied on top of where it is now.
      const untouched = wrongLog !== null && wrongLog.resultVersion === locked.version;
      if (untouched) await tx.reviewLog.update({ where: { id: wrongLog.id }, data: { undone: true, undoneAt: now } });
      const base = untouched ? parsePrevious(wrongLog.previousState) : baseOf(locked);
      await writeEvidence(tx, viewer, cardId, locked, base, { kind: "typed", correct: true, clientReviewId: `quiz:${answer.id}:overrule`, durationMs: null }, now);
    }
    return tx.quizAnswer.findUniqueOrThrow({ where: { id: answer.id }, select: answerSelect });
  });
  return feedbackOf(item, updated, cardId);
}

/** Ends the quiz (again: the same result) with its score, time and the questions to go over. */
export async function finishQuiz(viewer: Viewer, attemptId: string, now: Date): Promise<QuizResult> {
  const attempt = await findOwnAttempt(viewer, attemptId);
  const [items, answers] = await Promise.all([
    loadItems(attempt.deckId, attempt.itemIds),
    db.quizAnswer.findMany({ where: { attemptId: attempt.id }, select: answerSelect }),
  ]);
  const cards = await sourceCardsFor(attempt.deckId, [...items.values()].map((item) => item.passageKey));
  const result = resultOf(attempt, items, answers, cards);
  if (!attempt.finishedAt) {
    await db.quizAttempt.updateMany({
      where: { id: attempt.id, finishedAt: null },
      data: { finishedAt: now, score: result.score, durationMs: result.durationMs },
    });
  }
  return result;
}

export type QuizAttemptSummary = {
  id: string;
  deckId: string;
  deckTitle: string;
  assignmentId: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  score: number | null;
  total: number;
  answered: number;
  durationMs: number | null;
};

/** The viewer's own quizzes, newest first. */
export async function listMyAttempts(viewer: Viewer, limit = 50): Promise<QuizAttemptSummary[]> {
  const attempts = await db.quizAttempt.findMany({
    where: { userId: viewer.id },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 200),
    select: {
      id: true,
      deckId: true,
      assignmentId: true,
      startedAt: true,
      finishedAt: true,
      score: true,
      total: true,
      durationMs: true,
      deck: { select: { title: true } },
      _count: { select: { answers: true } },
    },
  });
  return attempts.map(({ deck, _count, ...attempt }) => ({ ...attempt, deckTitle: deck.title, answered: _count.answers }));
}

export type QuizDeckChoice = { deckId: string; title: string; questionCount: number };
export type AssignedQuiz = { assignmentId: string; deckId: string; deckTitle: string; className: string; quizSize: number; dueAt: Date; questionCount: number };

/** What the viewer can quiz themselves on: the decks they study, and quizzes their teachers attached. */
export async function listQuizChoices(viewer: Viewer): Promise<{ decks: QuizDeckChoice[]; assigned: AssignedQuiz[] }> {
  const [decks, assignments] = await Promise.all([
    db.deck.findMany({
      where: { AND: [quizzableDeckWhere(viewer), { studyDecks: { some: { userId: viewer.id } } }] },
      orderBy: { title: "asc" },
      select: { id: true, title: true, _count: { select: { quizItems: { where: { retired: false } } } } },
    }),
    db.assignment.findMany({
      where: { quizSize: { not: null }, classroom: { archivedAt: null, memberships: { some: { userId: viewer.id } } } },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        deckId: true,
        quizSize: true,
        dueAt: true,
        classroom: { select: { name: true } },
        deck: { select: { title: true, _count: { select: { quizItems: { where: { retired: false } } } } } },
      },
    }),
  ]);
  return {
    decks: decks.map((deck) => ({ deckId: deck.id, title: deck.title, questionCount: deck._count.quizItems })),
    assigned: assignments.map((a) => ({
      assignmentId: a.id,
      deckId: a.deckId,
      deckTitle: a.deck.title,
      className: a.classroom.name,
      quizSize: a.quizSize ?? 0,
      dueAt: a.dueAt,
      questionCount: a.deck._count.quizItems,
    })),
  };
}

export type ScoreSnapshot = { attemptId: string; score: number; total: number; finishedAt: Date };

export type AssignmentQuizResults = {
  assignmentId: string;
  classId: string;
  className: string;
  deckId: string;
  deckTitle: string;
  quizSize: number | null;
  students: { userId: string; name: string; attempts: number; best: ScoreSnapshot | null; latest: ScoreSnapshot | null }[];
  /** Hardest first: how many students answered each question and how many of them got it wrong at least once. */
  questions: { quizItemId: string; prompt: string; answered: number; wrong: number }[];
};

/** The quiz results of an assignment, for the teacher of its class only (anyone else: not found). */
export async function getQuizResultsForAssignment(viewer: Viewer, assignmentId: string): Promise<AssignmentQuizResults> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { teacherId: viewer.id } },
    select: {
      id: true,
      quizSize: true,
      classroom: { select: { id: true, name: true, memberships: { select: { user: { select: { id: true, name: true } } } } } },
      deck: { select: { id: true, title: true } },
    },
  });
  if (!assignment) throw new NotFoundError("That assignment does not exist.");
  const members = assignment.classroom.memberships.map((membership) => membership.user);
  const memberIds = members.map((member) => member.id);
  const [attempts, answers] = await Promise.all([
    db.quizAttempt.findMany({
      where: { assignmentId: assignment.id, userId: { in: memberIds }, finishedAt: { not: null } },
      orderBy: [{ finishedAt: "asc" }, { id: "asc" }],
      select: { id: true, userId: true, score: true, total: true, finishedAt: true },
    }),
    db.quizAnswer.findMany({
      where: { attempt: { assignmentId: assignment.id, userId: { in: memberIds } } },
      select: { correct: true, quizItemId: true, attempt: { select: { userId: true } }, quizItem: { select: { prompt: true } } },
    }),
  ]);
  const students = members
    .map((member) => {
      const own = attempts.filter((attempt) => attempt.userId === member.id);
      const snapshots = own.map((attempt): ScoreSnapshot => ({ attemptId: attempt.id, score: attempt.score ?? 0, total: attempt.total, finishedAt: attempt.finishedAt ?? new Date(0) }));
      const ratio = (s: ScoreSnapshot) => (s.total > 0 ? s.score / s.total : 0);
      const best = snapshots.reduce<ScoreSnapshot | null>((top, s) => (top === null || ratio(s) > ratio(top) ? s : top), null);
      return { userId: member.id, name: member.name, attempts: own.length, best, latest: snapshots.at(-1) ?? null };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const byQuestion = new Map<string, { prompt: string; answered: Set<string>; wrong: Set<string> }>();
  for (const answer of answers) {
    const entry = byQuestion.get(answer.quizItemId) ?? { prompt: answer.quizItem.prompt, answered: new Set<string>(), wrong: new Set<string>() };
    entry.answered.add(answer.attempt.userId);
    if (!answer.correct) entry.wrong.add(answer.attempt.userId);
    byQuestion.set(answer.quizItemId, entry);
  }
  const questions = [...byQuestion.entries()]
    .map(([quizItemId, entry]) => ({ quizItemId, prompt: entry.prompt, answered: entry.answered.size, wrong: entry.wrong.size }))
    .sort((a, b) => b.wrong - a.wrong || b.answered - a.answered || a.prompt.localeCompare(b.prompt));
  return {
    assignmentId: assignment.id,
    classId: assignment.classroom.id,
    className: assignment.classroom.name,
    deckId: assignment.deck.id,
    deckTitle: assignment.deck.title,
    quizSize: assignment.quizSize,
    students,
    questions,
  };
}
