import { describe, expect, it } from "vitest";
import type { QuizKind as StoredQuizKind } from "@/generated/prisma/enums";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/data/errors";
import { answerQuestion, finishQuiz, getAttempt, getQuizResultsForAssignment, listMyAttempts, listQuizChoices, overruleAnswer, startQuiz } from "@/lib/data/quizzes";
import { recordReview, schedulerSettingsFor } from "@/lib/data/reviews";
import { addDeckToStudies } from "@/lib/data/study";
import type { Viewer } from "@/lib/data/viewer";
import { db } from "@/lib/db";
import { applyGrade } from "@/lib/srs/scheduler";
import type { MemoryState } from "@/lib/srs/types";
import { makeDeck, makeUser } from "../../support/factories";

const now = new Date("2026-11-22T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

type Kind = "typed" | "multiple_choice" | "true_false" | "matching";
type ItemSpec = { key: string; passageKey: string; kind: StoredQuizKind; prompt: string; options?: unknown; answer: unknown; explanation?: string };

const ONE_OF_EACH: ItemSpec[] = [
  { key: "q-typed", passageKey: "passage-0", kind: "TYPED", prompt: "What architecture do most foundation models use?", answer: "Transformer architecture", explanation: "Transformers scale well." },
  { key: "q-mc", passageKey: "passage-1", kind: "MULTIPLE_CHOICE", prompt: "Which stage comes first?", options: ["Fine-tuning", "Pretraining", "Distillation", "Quantization"], answer: "Pretraining" },
  { key: "q-tf", passageKey: "passage-2", kind: "TRUE_FALSE", prompt: "Foundation models are trained on broad data.", answer: "true" },
  {
    key: "q-match",
    passageKey: "passage-3",
    kind: "MATCHING",
    prompt: "Match each model to its architecture.",
    options: { left: ["GPT", "BERT"], right: ["decoder-only", "encoder-only"] },
    answer: [["GPT", "decoder-only"], ["BERT", "encoder-only"]],
  },
];

const RIGHT: Record<Kind, string | string[][]> = {
  typed: "the transformer architecure",
  multiple_choice: "Pretraining",
  true_false: "True",
  matching: [["BERT", "encoder-only"], ["GPT", "decoder-only"]],
};
const WRONG: Record<Kind, string | string[][]> = {
  typed: "recurrent network",
  multiple_choice: "Distillation",
  true_false: "False",
  matching: [["GPT", "encoder-only"], ["BERT", "decoder-only"]],
};

async function addQuizItems(deckId: string, specs: ItemSpec[]) {
  await db.quizItem.createMany({
    data: specs.map((spec, position) => ({
      deckId,
      key: spec.key,
      passageKey: spec.passageKey,
      kind: spec.kind,
      prompt: spec.prompt,
      ...(spec.options !== undefined ? { options: spec.options as object } : {}),
      answer: spec.answer as object,
      explanation: spec.explanation ?? null,
      sourceSection: "Foundations › Basics",
      sourceExcerpt: `Excerpt for ${spec.key}.`,
      position,
    })),
  });
}

/** A learner studying a four-card deck (passages 0-3) with one quiz item of each kind on passages 0-3. */
async function learnerWithQuizDeck(specs: ItemSpec[] = ONE_OF_EACH) {
  const learner = await makeUser({ timeZone: "UTC" });
  const { deck, cards } = await makeDeck({ cards: 4 });
  await addQuizItems(deck.id, specs);
  await addDeckToStudies(learner, deck.id, now);
  return { learner, deck, cards };
}

async function startAll(learner: Viewer, deckId: string, at = now) {
  const { attemptId } = await startQuiz(learner, { deckId, size: 30 }, at);
  const view = await getAttempt(learner, attemptId);
  const idOf = (kind: Kind) => view.questions.find((question) => question.kind === kind)!.quizItemId;
  return { attemptId, view, idOf };
}

let reviewCounter = 0;
async function review(learner: Viewer, cardId: string, grade: 1 | 2 | 3 | 4, at: Date) {
  const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId } }, select: { version: true } });
  return recordReview(learner, { cardId, grade, clientReviewId: `quiz-test-${reviewCounter++}`, expectedVersion: state.version }, at);
}

/** New → learning → review: Good now, Good ten minutes later. */
async function learn(learner: Viewer, cardId: string) {
  await review(learner, cardId, 3, now);
  expect((await review(learner, cardId, 3, minutes(10))).state).toBe("REVIEW");
}

async function memoryOf(learner: Viewer, cardId: string): Promise<MemoryState & { version: number }> {
  const s = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId } } });
  return { due: s.due, stability: s.stability, difficulty: s.difficulty, elapsedDays: s.elapsedDays, scheduledDays: s.scheduledDays, learningSteps: s.learningSteps, reps: s.reps, lapses: s.lapses, state: s.state, lastReview: s.lastReview, version: s.version };
}

describe("starting a quiz", () => {
  it("asks every kind of question and keeps their order on the attempt", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    const { attemptId, view } = await startAll(learner, deck.id);
    expect(view.total).toBe(4);
    expect(new Set(view.questions.map((q) => q.kind))).toEqual(new Set(["typed", "multiple_choice", "true_false", "matching"]));
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(stored.itemIds).toEqual(view.questions.map((q) => q.quizItemId));
    expect(stored.startedAt.toISOString()).toBe(now.toISOString());
  });

  it("mixes kinds when one kind has most of the questions", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    await addQuizItems(
      deck.id,
      Array.from({ length: 20 }, (_, i) => ({ key: `extra-${i}`, passageKey: `extra-passage-${i}`, kind: "MULTIPLE_CHOICE" as const, prompt: `Extra ${i}?`, options: ["A", "B"], answer: "A" })),
    );
    await db.quizItem.updateMany({ where: { deckId: deck.id, key: { startsWith: "extra-" } }, data: { position: 10 } });
    const { attemptId, total } = await startQuiz(learner, { deckId: deck.id, size: 5 }, now);
    expect(total).toBe(5);
    const view = await getAttempt(learner, attemptId);
    expect(new Set(view.questions.map((q) => q.kind)).size).toBe(4);
  });

  it("a deck the learner does not study, or one without questions, cannot be quizzed", async () => {
    const { deck } = await learnerWithQuizDeck();
    const stranger = await makeUser();
    await expect(startQuiz(stranger, { deckId: deck.id, size: 10 }, now)).rejects.toBeInstanceOf(NotFoundError);
    const { deck: empty } = await makeDeck();
    await addDeckToStudies(stranger, empty.id, now);
    await expect(startQuiz(stranger, { deckId: empty.id, size: 10 }, now)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.quizAttempt.count()).toBe(0);
  });
});

describe("marking answers", () => {
  it("scores each kind right and wrong", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    const right = await startAll(learner, deck.id);
    const wrong = await startAll(learner, deck.id);
    for (const kind of ["typed", "multiple_choice", "true_false", "matching"] as const) {
      const good = await answerQuestion(learner, { attemptId: right.attemptId, quizItemId: right.idOf(kind), response: RIGHT[kind] }, now);
      expect(good, kind).toMatchObject({ correct: true, kind });
      const bad = await answerQuestion(learner, { attemptId: wrong.attemptId, quizItemId: wrong.idOf(kind), response: WRONG[kind] }, now);
      expect(bad, kind).toMatchObject({ correct: false, kind });
    }
    expect(await finishQuiz(learner, right.attemptId, minutes(3))).toMatchObject({ score: 4, total: 4, toReview: [] });
    expect((await finishQuiz(learner, wrong.attemptId, minutes(3))).score).toBe(0);
  });

  it("forgives case, an article and one small typo in a typed answer, not a different answer", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    const cases: [string, boolean][] = [
      ["TRANSFORMER ARCHITECTURE", true],
      ["the transformer architecure", true],
      ["transformer", false],
      ["convolutional architecture", false],
    ];
    for (const [response, correct] of cases) {
      const { attemptId, idOf } = await startAll(learner, deck.id);
      expect((await answerQuestion(learner, { attemptId, quizItemId: idOf("typed"), response }, now)).correct, response).toBe(correct);
    }
  });

  it("matching needs every pair right", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    const { attemptId, idOf } = await startAll(learner, deck.id);
    const half = await answerQuestion(learner, { attemptId, quizItemId: idOf("matching"), response: [["GPT", "decoder-only"], ["BERT", "decoder-only"]] }, now);
    expect(half.correct).toBe(false);
    expect(half.correctAnswer).toEqual([["GPT", "decoder-only"], ["BERT", "encoder-only"]]);
  });

  it("gives the right answer, the explanation and the source card with the feedback", async () => {
    const { learner, deck, cards } = await learnerWithQuizDeck();
    const { attemptId, idOf } = await startAll(learner, deck.id);
    const feedback = await answerQuestion(learner, { attemptId, quizItemId: idOf("typed"), response: "recurrent" }, now);
    expect(feedback).toMatchObject({
      correct: false,
      canOverrule: true,
      correctAnswer: "Transformer architecture",
      explanation: "Transformers scale well.",
      source: { section: "Foundations › Basics", excerpt: "Excerpt for q-typed." },
      cardId: cards[0]!.id,
    });
    const tf = await answerQuestion(learner, { attemptId, quizItemId: idOf("true_false"), response: "True" }, now);
    expect(tf.correctAnswer).toBe("True");
  });

  it("a second answer to the same question is a conflict that changes nothing", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    const { attemptId, idOf } = await startAll(learner, deck.id);
    await answerQuestion(learner, { attemptId, quizItemId: idOf("multiple_choice"), response: "Distillation" }, now);
    await expect(answerQuestion(learner, { attemptId, quizItemId: idOf("multiple_choice"), response: "Pretraining" }, now)).rejects.toBeInstanceOf(ConflictError);
    const answers = await db.quizAnswer.findMany({ where: { attemptId } });
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ correct: false, response: "Distillation" });
  });

  it("of two answers sent at once, one is recorded with its evidence and the other is a conflict", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    const { attemptId, idOf } = await startAll(learner, deck.id);
    const results = await Promise.allSettled([
      answerQuestion(learner, { attemptId, quizItemId: idOf("typed"), response: RIGHT.typed }, now),
      answerQuestion(learner, { attemptId, quizItemId: idOf("typed"), response: WRONG.typed }, now),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await db.quizAnswer.count()).toBe(1);
    expect(await db.reviewLog.count({ where: { source: "QUIZ" } })).toBe(1);
  });

  it("refuses an answer that is not one of the options", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    const { attemptId, idOf } = await startAll(learner, deck.id);
    await expect(answerQuestion(learner, { attemptId, quizItemId: idOf("multiple_choice"), response: "Something else" }, now)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(answerQuestion(learner, { attemptId, quizItemId: idOf("matching"), response: "GPT" }, now)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.quizAnswer.count()).toBe(0);
  });
});

describe("resuming a quiz", () => {
  it("after three answers, a reload shows them and asks the fourth question next", async () => {
    const specs: ItemSpec[] = Array.from({ length: 6 }, (_, i) => ({ key: `mc-${i}`, passageKey: `passage-${i % 4}`, kind: "MULTIPLE_CHOICE" as const, prompt: `Question ${i}?`, options: ["Yes", "No"], answer: "Yes" }));
    const { learner, deck } = await learnerWithQuizDeck(specs);
    const { attemptId } = await startQuiz(learner, { deckId: deck.id, size: 5 }, now);
    const before = await getAttempt(learner, attemptId);
    expect(before).toMatchObject({ total: 5, nextIndex: 0, answers: [], result: null });
    for (const [index, question] of before.questions.slice(0, 3).entries()) {
      await answerQuestion(learner, { attemptId, quizItemId: question.quizItemId, response: index === 1 ? "No" : "Yes" }, minutes(index + 1));
    }
    const after = await getAttempt(learner, attemptId);
    expect(after.questions.map((q) => q.quizItemId)).toEqual(before.questions.map((q) => q.quizItemId));
    expect(after.answers.map((a) => [a.quizItemId, a.correct])).toEqual(before.questions.slice(0, 3).map((q, i) => [q.quizItemId, i !== 1]));
    expect(after.nextIndex).toBe(3);
    expect(JSON.stringify(after.questions)).not.toMatch(/correctAnswer|"answer"/);
  });

  it("finishing gives the score, the time and what to review, and closes the quiz", async () => {
    const { learner, deck, cards } = await learnerWithQuizDeck();
    const { attemptId, view, idOf } = await startAll(learner, deck.id);
    await answerQuestion(learner, { attemptId, quizItemId: idOf("typed"), response: RIGHT.typed }, minutes(1));
    await answerQuestion(learner, { attemptId, quizItemId: idOf("multiple_choice"), response: WRONG.multiple_choice }, minutes(2));
    await answerQuestion(learner, { attemptId, quizItemId: idOf("true_false"), response: RIGHT.true_false }, minutes(60));
    const result = await finishQuiz(learner, attemptId, minutes(61));
    expect(result).toMatchObject({ score: 2, total: 4, answered: 3, durationMs: 2 * 60_000 + 10 * 60_000 });
    expect(result.toReview).toEqual([{ quizItemId: idOf("multiple_choice"), prompt: "Which stage comes first?", correctAnswer: "Pretraining", section: "Foundations › Basics", cardId: cards[1]!.id }]);
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ score: 2, finishedAt: minutes(61), durationMs: 12 * 60_000 });
    await expect(answerQuestion(learner, { attemptId, quizItemId: idOf("matching"), response: RIGHT.matching }, minutes(62))).rejects.toBeInstanceOf(ConflictError);
    expect((await getAttempt(learner, attemptId)).result).toEqual(result);
    expect(view.questions).toHaveLength(4);
    const history = await listMyAttempts(learner);
    expect(history).toEqual([expect.objectContaining({ id: attemptId, deckTitle: deck.title, score: 2, total: 4, answered: 3 })]);
  });
});

describe("quiz answers as schedule evidence", () => {
  it("a wrong answer on a review card counts a lapse, logged as a quiz", async () => {
    const { learner, deck, cards } = await learnerWithQuizDeck();
    await learn(learner, cards[1]!.id);
    const before = await memoryOf(learner, cards[1]!.id);
    const { attemptId, idOf } = await startAll(learner, deck.id, days(3));
    await answerQuestion(learner, { attemptId, quizItemId: idOf("multiple_choice"), response: WRONG.multiple_choice, durationMs: 4000 }, days(3));
    const after = await memoryOf(learner, cards[1]!.id);
    expect(after).toMatchObject({ state: "RELEARNING", lapses: before.lapses + 1, version: before.version + 1 });
    const answer = await db.quizAnswer.findFirstOrThrow({ where: { attemptId } });
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: learner.id, source: "QUIZ" } });
    expect(log).toMatchObject({ cardId: cards[1]!.id, clientReviewId: `quiz:${answer.id}`, rating: 1, state: "REVIEW", resultVersion: before.version + 1, durationMs: 4000, review: days(3) });
    expect(log.previousState).toMatchObject({ state: "REVIEW", version: before.version, lapses: before.lapses, due: before.due.toISOString() });
  });

  it("a right typed answer counts as Good", async () => {
    const { learner, deck, cards } = await learnerWithQuizDeck();
    await learn(learner, cards[0]!.id);
    const before = await memoryOf(learner, cards[0]!.id);
    const { attemptId, idOf } = await startAll(learner, deck.id, days(4));
    await answerQuestion(learner, { attemptId, quizItemId: idOf("typed"), response: RIGHT.typed }, days(4));
    const good = applyGrade(before, 3, days(4), schedulerSettingsFor(learner)).next;
    const after = await memoryOf(learner, cards[0]!.id);
    expect(after.due.toISOString()).toBe(good.due.toISOString());
    expect(after.stability).toBeCloseTo(good.stability, 6);
    expect((await db.reviewLog.findFirstOrThrow({ where: { source: "QUIZ" } })).rating).toBe(3);
  });

  it("a right recognition answer never pushes a card further than Good would", async () => {
    const { learner, deck, cards } = await learnerWithQuizDeck();
    for (const card of cards) await learn(learner, card.id);
    const at = days(5);
    const { attemptId, idOf } = await startAll(learner, deck.id, at);
    const kinds = [
      ["multiple_choice", 1],
      ["true_false", 2],
      ["matching", 3],
    ] as const;
    for (const [kind, cardIndex] of kinds) {
      const cardId = cards[cardIndex]!.id;
      const before = await memoryOf(learner, cardId);
      await answerQuestion(learner, { attemptId, quizItemId: idOf(kind), response: RIGHT[kind] }, at);
      const after = await memoryOf(learner, cardId);
      const good = applyGrade(before, 3, at, schedulerSettingsFor(learner)).next;
      expect(after.due.getTime(), kind).toBeLessThanOrEqual(good.due.getTime());
      expect(after.due.getTime(), kind).toBeGreaterThan(at.getTime());
      expect(after.lapses, kind).toBe(before.lapses);
    }
    const ratings = await db.reviewLog.findMany({ where: { source: "QUIZ" }, select: { rating: true } });
    expect(ratings.map((r) => r.rating)).toEqual([2, 2, 2]);
  });

  it("on a card not studied yet, a right recognition answer lands no later than Good either", async () => {
    const { learner, deck, cards } = await learnerWithQuizDeck();
    const before = await memoryOf(learner, cards[1]!.id);
    expect(before.state).toBe("NEW");
    const { attemptId, idOf } = await startAll(learner, deck.id);
    await answerQuestion(learner, { attemptId, quizItemId: idOf("multiple_choice"), response: RIGHT.multiple_choice }, now);
    const good = applyGrade(before, 3, now, schedulerSettingsFor(learner)).next;
    expect((await memoryOf(learner, cards[1]!.id)).due.getTime()).toBeLessThanOrEqual(good.due.getTime());
  });

  it("the evidence goes to the first active card of the passage, and none without a card state", async () => {
    const { learner, deck, cards } = await learnerWithQuizDeck();
    await db.card.create({ data: { deckId: deck.id, key: "sibling", passageKey: "passage-1", kind: "QUESTION", front: "Sibling?", back: "Yes.", sourceSection: "S", sourceExcerpt: "E", position: -1, retired: true } });
    await db.card.create({ data: { deckId: deck.id, key: "later", passageKey: "passage-1", kind: "QUESTION", front: "Later?", back: "Yes.", sourceSection: "S", sourceExcerpt: "E", position: 9 } });
    const { attemptId, idOf } = await startAll(learner, deck.id);
    const feedback = await answerQuestion(learner, { attemptId, quizItemId: idOf("multiple_choice"), response: RIGHT.multiple_choice }, now);
    expect(feedback.cardId).toBe(cards[1]!.id);
    expect((await db.reviewLog.findFirstOrThrow({ where: { source: "QUIZ" } })).cardId).toBe(cards[1]!.id);

    await db.cardState.deleteMany({ where: { userId: learner.id, cardId: cards[2]!.id } });
    await answerQuestion(learner, { attemptId, quizItemId: idOf("true_false"), response: RIGHT.true_false }, now);
    expect(await db.reviewLog.count({ where: { cardId: cards[2]!.id } })).toBe(0);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(2);
  });

  it("a right answer on a card not yet studied starts it, logged as a quiz and not as a review", async () => {
    const { learner, deck, cards } = await learnerWithQuizDeck();
    const { attemptId, idOf } = await startAll(learner, deck.id);
    await answerQuestion(learner, { attemptId, quizItemId: idOf("typed"), response: RIGHT.typed }, now);
    expect((await memoryOf(learner, cards[0]!.id)).reps).toBe(1);
    expect(await db.reviewLog.count({ where: { source: "REVIEW" } })).toBe(0);
  });
});

describe("overruling a typed answer", () => {
  it("records it as right once, and counts it as Good from the state before the wrong mark", async () => {
    const { learner, deck, cards } = await learnerWithQuizDeck();
    await learn(learner, cards[0]!.id);
    const before = await memoryOf(learner, cards[0]!.id);
    const at = days(4);
    const { attemptId, idOf } = await startAll(learner, deck.id, at);
    const wrong = await answerQuestion(learner, { attemptId, quizItemId: idOf("typed"), response: "transformers" }, at);
    expect(wrong).toMatchObject({ correct: false, canOverrule: true });
    expect((await memoryOf(learner, cards[0]!.id)).lapses).toBe(before.lapses + 1);

    const overruled = await overruleAnswer(learner, attemptId, idOf("typed"), minutes(4 * 1440 + 1));
    expect(overruled).toMatchObject({ correct: true, overruled: true, canOverrule: false });
    expect(await db.quizAnswer.findFirstOrThrow({ where: { attemptId } })).toMatchObject({ correct: true, overruled: true });
    const after = await memoryOf(learner, cards[0]!.id);
    const good = applyGrade(before, 3, minutes(4 * 1440 + 1), schedulerSettingsFor(learner)).next;
    expect(after).toMatchObject({ lapses: before.lapses, state: "REVIEW", version: before.version + 2 });
    expect(after.due.toISOString()).toBe(good.due.toISOString());
    const logs = await db.reviewLog.findMany({ where: { source: "QUIZ" }, orderBy: { createdAt: "asc" } });
    expect(logs.map((log) => [log.rating, log.undone])).toEqual([
      [1, true],
      [3, false],
    ]);

    await expect(overruleAnswer(learner, attemptId, idOf("typed"), days(5))).rejects.toBeInstanceOf(ConflictError);
    expect(await db.reviewLog.count({ where: { source: "QUIZ" } })).toBe(2);
  });

  it("only a typed answer that was marked wrong can be overruled", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    const { attemptId, idOf } = await startAll(learner, deck.id);
    await answerQuestion(learner, { attemptId, quizItemId: idOf("multiple_choice"), response: WRONG.multiple_choice }, now);
    await answerQuestion(learner, { attemptId, quizItemId: idOf("typed"), response: RIGHT.typed }, now);
    await expect(overruleAnswer(learner, attemptId, idOf("multiple_choice"), now)).rejects.toBeInstanceOf(ConflictError);
    await expect(overruleAnswer(learner, attemptId, idOf("typed"), now)).rejects.toBeInstanceOf(ConflictError);
    await expect(overruleAnswer(learner, attemptId, idOf("matching"), now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("after the quiz is finished, the score follows", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    const { attemptId, idOf } = await startAll(learner, deck.id);
    await answerQuestion(learner, { attemptId, quizItemId: idOf("typed"), response: "recurrent" }, now);
    expect((await finishQuiz(learner, attemptId, now)).score).toBe(0);
    await overruleAnswer(learner, attemptId, idOf("typed"), now);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).score).toBe(1);
    expect((await getAttempt(learner, attemptId)).result?.score).toBe(1);
  });
});

describe("a learner's quiz is theirs alone", () => {
  it("a stranger cannot read, answer, overrule or finish it", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    const { attemptId, idOf } = await startAll(learner, deck.id);
    await answerQuestion(learner, { attemptId, quizItemId: idOf("typed"), response: "recurrent" }, now);
    const stranger = await makeUser();
    await addDeckToStudies(stranger, deck.id, now);
    await expect(getAttempt(stranger, attemptId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerQuestion(stranger, { attemptId, quizItemId: idOf("multiple_choice"), response: RIGHT.multiple_choice }, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(overruleAnswer(stranger, attemptId, idOf("typed"), now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(finishQuiz(stranger, attemptId, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listMyAttempts(stranger)).toEqual([]);
    expect(await db.quizAnswer.count()).toBe(1);
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ finishedAt: null, score: null });
  });

  it("a question from another deck is not part of the quiz", async () => {
    const { learner, deck } = await learnerWithQuizDeck();
    const other = await learnerWithQuizDeck();
    const { attemptId } = await startAll(learner, deck.id);
    const foreign = await startAll(other.learner, other.deck.id);
    await expect(answerQuestion(learner, { attemptId, quizItemId: foreign.idOf("typed"), response: RIGHT.typed }, now)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("assignment quiz results", () => {
  async function classWithQuiz() {
    const teacher = await makeUser({ role: "TEACHER", name: "Ms Teacher" });
    const otherTeacher = await makeUser({ role: "TEACHER" });
    const { deck, cards } = await makeDeck({ ownerId: teacher.id, status: "DRAFT", cards: 4 });
    await addQuizItems(deck.id, ONE_OF_EACH);
    const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: "Year 9", joinCode: `Q${Date.now().toString(36).toUpperCase()}`.slice(0, 10) } });
    const [ada, ben, cy] = [await makeUser({ name: "Ada" }), await makeUser({ name: "Ben" }), await makeUser({ name: "Cy" })];
    for (const learner of [ada, ben, cy]) {
      await db.membership.create({ data: { classId: classroom.id, userId: learner.id } });
      await db.studyDeck.create({ data: { userId: learner.id, deckId: deck.id } });
    }
    const assignment = await db.assignment.create({ data: { classId: classroom.id, deckId: deck.id, createdById: teacher.id, dueAt: days(10), quizSize: 5 } });
    return { teacher, otherTeacher, deck, cards, classroom, assignment, ada, ben, cy };
  }

  async function takeQuiz(learner: Viewer, deckId: string, assignmentId: string, rightKinds: Kind[], at: Date) {
    const { attemptId } = await startQuiz(learner, { deckId, size: 10, assignmentId }, at);
    const view = await getAttempt(learner, attemptId);
    for (const question of view.questions) {
      const response = rightKinds.includes(question.kind) ? RIGHT[question.kind] : WRONG[question.kind];
      await answerQuestion(learner, { attemptId, quizItemId: question.quizItemId, response }, at);
    }
    await finishQuiz(learner, attemptId, at);
    return attemptId;
  }

  it("the teacher sees each student's best and latest score and the questions most got wrong", async () => {
    const { teacher, deck, assignment, ada, ben, cy } = await classWithQuiz();
    const adaFirst = await takeQuiz(ada, deck.id, assignment.id, ["typed", "multiple_choice", "true_false", "matching"], minutes(1));
    const adaSecond = await takeQuiz(ada, deck.id, assignment.id, ["typed", "true_false"], minutes(30));
    const benOnly = await takeQuiz(ben, deck.id, assignment.id, ["typed", "true_false", "matching"], minutes(5));
    const { attemptId: practice } = await startQuiz(cy, { deckId: deck.id, size: 10 }, now);

    const results = await getQuizResultsForAssignment(teacher, assignment.id);
    expect(results).toMatchObject({ className: "Year 9", deckTitle: deck.title, quizSize: 5 });
    expect(results.students).toEqual([
      { userId: ada.id, name: "Ada", attempts: 2, best: { attemptId: adaFirst, score: 4, total: 4, finishedAt: minutes(1) }, latest: { attemptId: adaSecond, score: 2, total: 4, finishedAt: minutes(30) } },
      { userId: ben.id, name: "Ben", attempts: 1, best: expect.objectContaining({ attemptId: benOnly, score: 3 }), latest: expect.objectContaining({ attemptId: benOnly, score: 3 }) },
      { userId: cy.id, name: "Cy", attempts: 0, best: null, latest: null },
    ]);
    expect(results.questions.map((q) => [q.prompt, q.answered, q.wrong])).toEqual([
      ["Which stage comes first?", 2, 2],
      ["Match each model to its architecture.", 2, 1],
      ["Foundation models are trained on broad data.", 2, 0],
      ["What architecture do most foundation models use?", 2, 0],
    ]);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: practice } })).assignmentId).toBeNull();
  });

  it("another teacher, a student and a stranger get nothing", async () => {
    const { otherTeacher, assignment, ada, deck } = await classWithQuiz();
    await expect(getQuizResultsForAssignment(otherTeacher, assignment.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getQuizResultsForAssignment(ada, assignment.id)).rejects.toBeInstanceOf(NotFoundError);
    const stranger = await makeUser();
    await expect(startQuiz(stranger, { deckId: deck.id, size: 10, assignmentId: assignment.id }, now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("students see the assigned quiz, even on the teacher's draft deck, at the size the teacher set", async () => {
    const { ada, deck, assignment } = await classWithQuiz();
    const choices = await listQuizChoices(ada);
    expect(choices.assigned).toEqual([expect.objectContaining({ assignmentId: assignment.id, deckId: deck.id, className: "Year 9", quizSize: 5, questionCount: 4 })]);
    expect(choices.decks).toEqual([{ deckId: deck.id, title: deck.title, questionCount: 4 }]);
    expect((await listQuizChoices(await makeUser())).decks).toEqual([]);
    const { total } = await startQuiz(ada, { deckId: deck.id, size: 30, assignmentId: assignment.id }, now);
    expect(total).toBe(4);
    const { total: practiceTotal } = await startQuiz(ada, { deckId: deck.id, size: 10 }, now);
    expect(practiceTotal).toBe(4);
  });
});
