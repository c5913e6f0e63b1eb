import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET } from "@/lib/classroom/join-code";
import { assignDeck, listMyAssignments, removeAssignment } from "@/lib/data/assignments";
import { archiveClass, createClass, getClassForTeacher, joinClass, leaveClass, listMyClasses, regenerateJoinCode, removeStudent, renameClass, restoreClass } from "@/lib/data/classes";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/data/errors";
import { recordReview } from "@/lib/data/reviews";
import { db } from "@/lib/db";
import { makeDeck, makeUser } from "../../support/factories";

const now = new Date("2026-11-22T10:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

async function classWithStudents(students = 2) {
  const teacher = await makeUser({ role: "TEACHER", name: "Ms Teacher" });
  const created = await createClass(teacher, "Biology 7B");
  const learners = [];
  for (let i = 0; i < students; i++) {
    const learner = await makeUser({ name: `Student ${i + 1}` });
    await joinClass(learner, created.joinCode, now);
    learners.push(learner);
  }
  return { teacher, created, learners };
}

async function studyDeckIds(userId: string) {
  return (await db.studyDeck.findMany({ where: { userId }, select: { deckId: true } })).map((row) => row.deckId);
}

describe("classes", () => {
  it("a teacher creates a class with an 8-character code from the unambiguous alphabet", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const created = await createClass(teacher, "Chemistry");
    expect(created.joinCode).toHaveLength(8);
    expect([...created.joinCode].every((ch) => JOIN_CODE_ALPHABET.includes(ch))).toBe(true);
    const { teaching, joined } = await listMyClasses(teacher);
    expect(joined).toEqual([]);
    expect(teaching).toMatchObject([{ id: created.id, name: "Chemistry", memberCount: 0, assignmentCount: 0, archivedAt: null }]);
  });

  it("a learner joins with the code in any case and sees only the class name and teacher", async () => {
    const { created, learners, teacher } = await classWithStudents(2);
    const learner = await makeUser({ name: "Late joiner" });
    const result = await joinClass(learner, `  ${created.joinCode.toLowerCase()} `, now);
    expect(result).toMatchObject({ classId: created.id, className: "Biology 7B", alreadyMember: false });
    const mine = await listMyClasses(learner);
    expect(mine.teaching).toEqual([]);
    expect(mine.joined).toHaveLength(1);
    expect(Object.keys(mine.joined[0]!).sort()).toEqual(["id", "joinedAt", "name", "teacherName"]);
    expect(mine.joined[0]).toMatchObject({ name: "Biology 7B", teacherName: "Ms Teacher" });
    expect(JSON.stringify(mine)).not.toContain(learners[0]!.name);
    expect((await listMyClasses(teacher)).teaching[0]?.memberCount).toBe(3);
  });

  it("joining twice keeps one membership", async () => {
    const { created, learners } = await classWithStudents(1);
    const again = await joinClass(learners[0]!, created.joinCode, now);
    expect(again.alreadyMember).toBe(true);
    expect(await db.membership.count({ where: { classId: created.id } })).toBe(1);
  });

  it("joining adds every assigned deck to the learner's studies with a state for each card", async () => {
    const { teacher, created } = await classWithStudents(0);
    const first = await makeDeck({ cards: 3 });
    const second = await makeDeck({ ownerId: teacher.id, status: "DRAFT", cards: 2 });
    await assignDeck(teacher, created.id, { deckId: first.deck.id, dueAt: inDays(7) }, now);
    await assignDeck(teacher, created.id, { deckId: second.deck.id, dueAt: inDays(14) }, now);
    const learner = await makeUser();
    const result = await joinClass(learner, created.joinCode, now);
    expect(result.decksAdded).toBe(2);
    expect((await studyDeckIds(learner.id)).sort()).toEqual([first.deck.id, second.deck.id].sort());
    expect(await db.cardState.count({ where: { userId: learner.id } })).toBe(5);
  });

  it("an unknown code is not found and an archived class refuses new students", async () => {
    const { teacher, created } = await classWithStudents(0);
    const learner = await makeUser();
    await expect(joinClass(learner, "ZZZZZZZZ", now)).rejects.toBeInstanceOf(NotFoundError);
    await archiveClass(teacher, created.id, now);
    await expect(joinClass(learner, created.joinCode, now)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.membership.count()).toBe(0);
    await restoreClass(teacher, created.id);
    await expect(joinClass(learner, created.joinCode, now)).resolves.toMatchObject({ classId: created.id });
  });

  it("an archived class is hidden from its students and its assignments leave their list", async () => {
    const { teacher, created, learners } = await classWithStudents(1);
    const { deck } = await makeDeck();
    await assignDeck(teacher, created.id, { deckId: deck.id, dueAt: inDays(3) }, now);
    await archiveClass(teacher, created.id, now);
    expect((await listMyClasses(learners[0]!)).joined).toEqual([]);
    expect(await listMyAssignments(learners[0]!, now)).toEqual([]);
    expect((await listMyClasses(teacher)).teaching[0]?.archivedAt?.toISOString()).toBe(now.toISOString());
  });

  it("a new code replaces the old one, which stops working", async () => {
    const { teacher, created } = await classWithStudents(0);
    const fresh = await regenerateJoinCode(teacher, created.id);
    expect(fresh).not.toBe(created.joinCode);
    const learner = await makeUser();
    await expect(joinClass(learner, created.joinCode, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(joinClass(learner, fresh, now)).resolves.toMatchObject({ classId: created.id });
  });

  it("rename, roster and removal", async () => {
    const { teacher, created, learners } = await classWithStudents(2);
    await renameClass(teacher, created.id, "Biology 8B");
    const detail = await getClassForTeacher(teacher, created.id);
    expect(detail.name).toBe("Biology 8B");
    expect(detail.students.map((s) => s.name)).toEqual(["Student 1", "Student 2"]);
    expect(detail.students[0]).toMatchObject({ userId: learners[0]!.id, email: learners[0]!.email });
    await removeStudent(teacher, created.id, learners[0]!.id);
    expect((await getClassForTeacher(teacher, created.id)).students.map((s) => s.userId)).toEqual([learners[1]!.id]);
    await expect(removeStudent(teacher, created.id, learners[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a learner can leave, keeping the decks the class added", async () => {
    const { teacher, created, learners } = await classWithStudents(1);
    const { deck } = await makeDeck();
    await assignDeck(teacher, created.id, { deckId: deck.id, dueAt: inDays(3) }, now);
    await leaveClass(learners[0]!, created.id);
    expect((await listMyClasses(learners[0]!)).joined).toEqual([]);
    expect(await studyDeckIds(learners[0]!.id)).toEqual([deck.id]);
    await expect(leaveClass(learners[0]!, created.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("assignments", () => {
  it("assigning a deck adds it to every member's studies", async () => {
    const { teacher, created, learners } = await classWithStudents(3);
    const { deck } = await makeDeck({ cards: 4 });
    const { assignmentId } = await assignDeck(teacher, created.id, { deckId: deck.id, dueAt: inDays(7), targetRecall: 0.85 }, now);
    for (const learner of learners) {
      expect(await studyDeckIds(learner.id)).toEqual([deck.id]);
      expect(await db.cardState.count({ where: { userId: learner.id, deckId: deck.id } })).toBe(4);
    }
    const detail = await getClassForTeacher(teacher, created.id);
    expect(detail.assignments).toMatchObject([{ id: assignmentId, deckId: deck.id, targetRecall: 0.85, cardCount: 4 }]);
  });

  it("the deck must be visible to the teacher, assigned once, and due in the future", async () => {
    const { teacher, created } = await classWithStudents(1);
    const other = await makeUser({ role: "TEACHER" });
    const othersDraft = await makeDeck({ ownerId: other.id, status: "DRAFT" });
    const othersPublished = await makeDeck({ ownerId: other.id, status: "PUBLISHED" });
    await expect(assignDeck(teacher, created.id, { deckId: othersDraft.deck.id, dueAt: inDays(7) }, now)).rejects.toBeInstanceOf(NotFoundError);
    await assignDeck(teacher, created.id, { deckId: othersPublished.deck.id, dueAt: inDays(7) }, now);
    await expect(assignDeck(teacher, created.id, { deckId: othersPublished.deck.id, dueAt: inDays(9) }, now)).rejects.toBeInstanceOf(ConflictError);
    const mine = await makeDeck({ ownerId: teacher.id, status: "DRAFT" });
    await expect(assignDeck(teacher, created.id, { deckId: mine.deck.id, dueAt: inDays(-1) }, now)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.assignment.count()).toBe(1);
  });

  it("an archived class takes no new assignments", async () => {
    const { teacher, created } = await classWithStudents(0);
    const { deck } = await makeDeck();
    await archiveClass(teacher, created.id, now);
    await expect(assignDeck(teacher, created.id, { deckId: deck.id, dueAt: inDays(7) }, now)).rejects.toBeInstanceOf(ConflictError);
  });

  it("a learner's assignments show how many cards they have started", async () => {
    const { teacher, created, learners } = await classWithStudents(1);
    const learner = learners[0]!;
    const { deck, cards } = await makeDeck({ cards: 4, title: "Cells" });
    const { assignmentId } = await assignDeck(teacher, created.id, { deckId: deck.id, dueAt: inDays(5) }, now);
    await recordReview(learner, { cardId: cards[0]!.id, grade: 3, clientReviewId: "started-one", expectedVersion: 0 }, now);
    const list = await listMyAssignments(learner, now);
    expect(list).toEqual([
      {
        assignmentId,
        classId: created.id,
        className: "Biology 7B",
        deckId: deck.id,
        deckTitle: "Cells",
        dueAt: inDays(5),
        targetRecall: null,
        totalCards: 4,
        startedCards: 1,
        percentStarted: 25,
        daysLeft: 5,
        pastDue: false,
      },
    ]);
    expect(await listMyAssignments(await makeUser(), now)).toEqual([]);
  });

  it("removing an assignment keeps the deck in students' studies", async () => {
    const { teacher, created, learners } = await classWithStudents(1);
    const { deck } = await makeDeck();
    const { assignmentId } = await assignDeck(teacher, created.id, { deckId: deck.id, dueAt: inDays(5) }, now);
    expect(await removeAssignment(teacher, assignmentId)).toEqual({ classId: created.id });
    expect(await listMyAssignments(learners[0]!, now)).toEqual([]);
    expect(await studyDeckIds(learners[0]!.id)).toEqual([deck.id]);
  });
});

describe("boundaries", () => {
  it("another teacher gets not found for everything about my class, and nothing changes", async () => {
    const { teacher, created, learners } = await classWithStudents(1);
    const { deck } = await makeDeck();
    const { assignmentId } = await assignDeck(teacher, created.id, { deckId: deck.id, dueAt: inDays(5) }, now);
    const other = await makeUser({ role: "TEACHER" });
    const otherDeck = await makeDeck();
    const attempts: (() => Promise<unknown>)[] = [
      () => getClassForTeacher(other, created.id),
      () => renameClass(other, created.id, "Mine now"),
      () => archiveClass(other, created.id, now),
      () => restoreClass(other, created.id),
      () => regenerateJoinCode(other, created.id),
      () => removeStudent(other, created.id, learners[0]!.id),
      () => assignDeck(other, created.id, { deckId: otherDeck.deck.id, dueAt: inDays(5) }, now),
      () => removeAssignment(other, assignmentId),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    const after = await getClassForTeacher(teacher, created.id);
    expect(after).toMatchObject({ name: "Biology 7B", joinCode: created.joinCode, archivedAt: null });
    expect(after.students).toHaveLength(1);
    expect(after.assignments).toHaveLength(1);
    expect((await listMyClasses(other)).teaching).toEqual([]);
  });

  it("a learner calling teacher functions is refused", async () => {
    const { created, learners } = await classWithStudents(2);
    const learner = learners[0]!;
    const { deck } = await makeDeck();
    const attempts: (() => Promise<unknown>)[] = [
      () => createClass(learner, "My own class"),
      () => getClassForTeacher(learner, created.id),
      () => renameClass(learner, created.id, "Hacked"),
      () => archiveClass(learner, created.id, now),
      () => regenerateJoinCode(learner, created.id),
      () => removeStudent(learner, created.id, learners[1]!.id),
      () => assignDeck(learner, created.id, { deckId: deck.id, dueAt: inDays(5) }, now),
      () => removeAssignment(learner, "anything"),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.classroom.count()).toBe(1);
    expect(await db.membership.count()).toBe(2);
  });

  it("a teacher cannot join a class as a student", async () => {
    const { created } = await classWithStudents(0);
    await expect(joinClass(await makeUser({ role: "TEACHER" }), created.joinCode, now)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a student of another class sees nothing of mine", async () => {
    const { created } = await classWithStudents(2);
    const otherClass = await classWithStudents(1);
    const outsider = otherClass.learners[0]!;
    const mine = await listMyClasses(outsider);
    expect(mine.joined.map((c) => c.id)).toEqual([otherClass.created.id]);
    await expect(getClassForTeacher(outsider, created.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(leaveClass(outsider, created.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.membership.count({ where: { classId: created.id } })).toBe(2);
  });
});

describe("an assignment with a quiz", () => {
  it("keeps the number of questions the teacher attached, and its results are the teacher's alone", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const other = await makeUser({ role: "TEACHER" });
    const created = await createClass(teacher, "Quiz class");
    const { deck } = await makeDeck({ cards: 4 });
    const { assignmentId } = await assignDeck(teacher, created.id, { deckId: deck.id, dueAt: inDays(5), quizSize: 10 }, now);
    const { getQuizResultsForAssignment } = await import("@/lib/data/quizzes");
    expect((await getQuizResultsForAssignment(teacher, assignmentId)).quizSize).toBe(10);
    await expect(getQuizResultsForAssignment(other, assignmentId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("days left on an assignment", () => {
  it("counts calendar days to the due day, so a deck due at the end of next week's day shows 7", async () => {
    const { teacher, created, learners } = await classWithStudents(1);
    const { deck } = await makeDeck({ cards: 2 });
    const { dueAtFor } = await import("@/lib/classroom/due-date");
    await assignDeck(teacher, created.id, { deckId: deck.id, dueAt: dueAtFor("2026-11-29", "UTC") }, now);
    const [item] = await listMyAssignments(learners[0]!, now);
    expect(item).toMatchObject({ daysLeft: 7, pastDue: false });
  });
});

describe("assignments and the review queue", () => {
  it("brings forward the cards most at risk of being forgotten by the due date, and only those", async () => {
    const { teacher, created, learners } = await classWithStudents(1);
    const learner = learners[0]!;
    const { deck, cards } = await makeDeck({ cards: 3 });
    await assignDeck(teacher, created.id, { deckId: deck.id, dueAt: inDays(3) }, now);
    const { getReviewQueue } = await import("@/lib/data/reviews");
    const lastReview = new Date(now.getTime() - 2 * 86_400_000);
    const setState = (cardId: string, stability: number) =>
      db.cardState.update({
        where: { userId_cardId: { userId: learner.id, cardId } },
        data: { state: "REVIEW", due: inDays(20), stability, difficulty: 5, lastReview, reps: 3, scheduledDays: 22 },
      });
    await setState(cards[0]!.id, 1.5);
    await setState(cards[1]!.id, 400);
    await db.cardState.update({ where: { userId_cardId: { userId: learner.id, cardId: cards[2]!.id } }, data: { suspended: true } });
    const queue = await getReviewQueue(learner, {}, now);
    expect(queue.cards.map((c) => c.cardId)).toEqual([cards[0]!.id]);
    expect(queue.cards[0]!.queue).toBe("review");

    const outsider = await makeUser();
    const { addDeckToStudies } = await import("@/lib/data/study");
    await addDeckToStudies(outsider, deck.id, now);
    await db.cardState.update({
      where: { userId_cardId: { userId: outsider.id, cardId: cards[0]!.id } },
      data: { state: "REVIEW", due: inDays(20), stability: 1.5, difficulty: 5, lastReview, reps: 3 },
    });
    await db.cardState.updateMany({ where: { userId: outsider.id, state: "NEW" }, data: { suspended: true } });
    expect((await getReviewQueue(outsider, {}, now)).cards).toHaveLength(0);
  });
});
