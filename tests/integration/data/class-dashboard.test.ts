import { describe, expect, it, vi } from "vitest";
import { assignDeck } from "@/lib/data/assignments";
import { classDashboardCsv, getClassDashboard } from "@/lib/data/class-dashboard";
import { createClass, joinClass } from "@/lib/data/classes";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { recordReview } from "@/lib/data/reviews";
import { addDeckToStudies } from "@/lib/data/study";
import type { Viewer } from "@/lib/data/viewer";
import type { Grade } from "@/lib/srs/types";
import { db } from "@/lib/db";
import { makeDeck, makeUser } from "../../support/factories";

const signedIn = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth", () => ({ getViewer: async () => signedIn.viewer }));

const now = new Date("2026-11-22T10:00:00Z");
const daysAgo = (days: number, minutes = 0) => new Date(now.getTime() - days * 86_400_000 + minutes * 60_000);
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

let reviewCounter = 0;
async function grade(learner: Viewer, cardId: string, rating: Grade, at: Date) {
  const state = await db.cardState.findUnique({ where: { userId_cardId: { userId: learner.id, cardId } }, select: { version: true } });
  return recordReview(learner, { cardId, grade: rating, clientReviewId: `dash-${reviewCounter++}-review`, expectedVersion: state?.version ?? 0 }, at);
}

/** New → learning → review: a Good, then a Good ten minutes later. */
async function learn(learner: Viewer, cardId: string, at: Date) {
  await grade(learner, cardId, 3, at);
  const second = await grade(learner, cardId, 3, new Date(at.getTime() + 10 * 60_000));
  expect(second.state).toBe("REVIEW");
}

/**
 * Ada learned every card three weeks ago and reviewed each twice since (all Good).
 * Ben learned cards 0 and 2, failed card 0 three days ago and met card 1 yesterday; card 2 is overdue.
 * Cy has not started.
 */
async function classroomWithHistory() {
  const teacher = await makeUser({ role: "TEACHER", name: "Ms Teacher" });
  const created = await createClass(teacher, "Year 9");
  const { deck, cards, document } = await makeDeck({ ownerId: teacher.id, status: "DRAFT", cards: 4 });
  const [ada, ben, cy] = [await makeUser({ name: "Ada" }), await makeUser({ name: "Ben, \"the quick\"" }), await makeUser({ name: "Cy" })];
  for (const learner of [ada, ben, cy]) await joinClass(learner, created.joinCode, daysAgo(30));
  const { assignmentId } = await assignDeck(teacher, created.id, { deckId: deck.id, dueAt: inDays(10), targetRecall: 0.8 }, daysAgo(30));
  for (const card of cards) {
    await learn(ada, card.id, daysAgo(21));
    await grade(ada, card.id, 3, daysAgo(14));
    await grade(ada, card.id, 3, daysAgo(2));
  }
  await learn(ben, cards[0]!.id, daysAgo(20));
  await grade(ben, cards[0]!.id, 1, daysAgo(3));
  await grade(ben, cards[1]!.id, 3, daysAgo(1));
  await learn(ben, cards[2]!.id, daysAgo(20));
  return { teacher, created, deck, cards, document, assignmentId, ada, ben, cy };
}

describe("class dashboard", () => {
  it("reports each student's progress, memory and activity", async () => {
    const { teacher, created, assignmentId, ada, ben, cy, document } = await classroomWithHistory();
    const dashboard = await getClassDashboard(teacher, created.id, assignmentId, now);
    expect(dashboard).toMatchObject({ className: "Year 9", totalCards: 4, assignment: { id: assignmentId, documentId: document.id, canEditDeck: true, targetRecall: 0.8 } });
    const byId = new Map(dashboard.students.map((s) => [s.userId, s]));
    expect(byId.get(ada.id)).toMatchObject({ cardsStarted: 4, totalCards: 4, reviews7d: 4, retention: 1, overdue: 0, lastActive: daysAgo(2) });
    expect(byId.get(ben.id)).toMatchObject({ cardsStarted: 3, reviews7d: 2, retention: 0, overdue: 1, lastActive: daysAgo(1) });
    expect(byId.get(cy.id)).toMatchObject({ cardsStarted: 0, reviews7d: 0, retention: null, overdue: 0, lastActive: null, predictedRecallAtDue: 0 });
    const recall = (id: string) => byId.get(id)!.predictedRecallAtDue;
    for (const id of [ada.id, ben.id, cy.id]) {
      expect(recall(id)).toBeGreaterThanOrEqual(0);
      expect(recall(id)).toBeLessThanOrEqual(1);
    }
    expect(recall(ada.id)).toBeGreaterThan(recall(ben.id));
    expect(recall(ben.id)).toBeGreaterThan(0);
  });

  it("puts at-risk students first and the well-prepared last", async () => {
    const { teacher, created, assignmentId, ada, cy } = await classroomWithHistory();
    const { students } = await getClassDashboard(teacher, created.id, assignmentId, now);
    const firstSafe = students.findIndex((s) => !s.atRisk);
    expect(students.slice(firstSafe).every((s) => !s.atRisk)).toBe(true);
    expect(students.find((s) => s.userId === cy.id)?.atRisk).toBe(true);
    expect(students.find((s) => s.userId === cy.id)?.riskReasons).toContain("Predicted recall below 80%");
    expect(students.at(-1)).toMatchObject({ userId: ada.id, atRisk: false, riskReasons: [] });
  });

  it("unstarted cards make a student at risk once the due date is close", async () => {
    const { teacher, created, assignmentId, ben } = await classroomWithHistory();
    const { students } = await getClassDashboard(teacher, created.id, assignmentId, inDays(8));
    expect(students.find((s) => s.userId === ben.id)?.riskReasons).toContain("Cards not started, due soon");
  });

  it("lists the hardest cards first, counting only this class's reviews", async () => {
    const { teacher, created, assignmentId, cards } = await classroomWithHistory();
    const dashboard = await getClassDashboard(teacher, created.id, assignmentId, now);
    expect(dashboard.cards.map((c) => c.cardId)[0]).toBe(cards[0]!.id);
    expect(dashboard.cards[0]).toMatchObject({ reviews: 7, failures: 1, failRate: 1 / 7 });
    expect(dashboard.cards.find((c) => c.cardId === cards[3]!.id)).toMatchObject({ reviews: 4, failures: 0, failRate: 0 });
    const rates = dashboard.cards.map((c) => c.failRate ?? -1);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
  });

  it("a student outside the class does not change the numbers", async () => {
    const { teacher, created, assignmentId, cards } = await classroomWithHistory();
    const before = await getClassDashboard(teacher, created.id, assignmentId, now);
    const stranger = await makeUser();
    await db.deck.update({ where: { id: before.assignment.deckId }, data: { status: "PUBLISHED" } });
    await addDeckToStudies(stranger, before.assignment.deckId, daysAgo(1));
    await grade(stranger, cards[3]!.id, 1, daysAgo(1));
    const after = await getClassDashboard(teacher, created.id, assignmentId, now);
    expect(after.cards).toEqual(before.cards);
    expect(after.students.map((s) => s.userId).sort()).toEqual(before.students.map((s) => s.userId).sort());
  });

  it("exports one quoted CSV row per student", async () => {
    const { teacher, created, assignmentId } = await classroomWithHistory();
    const csv = classDashboardCsv(await getClassDashboard(teacher, created.id, assignmentId, now));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Name,Email,Cards started/);
    expect(csv).toContain('"Ben, ""the quick"""');
  });

  it("is not found for another teacher, refused for learners, and needs the matching class", async () => {
    const { teacher, created, assignmentId, ada } = await classroomWithHistory();
    const other = await makeUser({ role: "TEACHER" });
    await expect(getClassDashboard(other, created.id, assignmentId, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClassDashboard(ada, created.id, assignmentId, now)).rejects.toBeInstanceOf(ForbiddenError);
    const otherClass = await createClass(teacher, "Another");
    await expect(getClassDashboard(teacher, otherClass.id, assignmentId, now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("exports CSV to the owner only: 404 JSON for another teacher, 401 for guests", async () => {
    const { GET } = await import("@/app/api/classes/[classId]/assignments/[assignmentId]/export/route");
    const { teacher, created, assignmentId } = await classroomWithHistory();
    const call = () => GET(new Request("http://test.local/export"), { params: Promise.resolve({ classId: created.id, assignmentId }) });
    signedIn.viewer = teacher;
    const ok = await call();
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/csv");
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="year-9-deck-.*\.csv"$/);
    expect((await ok.text()).split("\r\n")[0]).toMatch(/^Name,Email/);
    signedIn.viewer = await makeUser({ role: "TEACHER" });
    const stranger = await call();
    expect(stranger.status).toBe(404);
    expect(await stranger.json()).toEqual({ error: "That assignment does not exist." });
    signedIn.viewer = null;
    expect((await call()).status).toBe(401);
  });
});
