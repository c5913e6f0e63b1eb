import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/data/errors";
import { recordReview } from "@/lib/data/reviews";
import { changePassword, deleteAccount, exportUserData, updateSettings } from "@/lib/data/settings";
import { addDeckToStudies } from "@/lib/data/study";
import { getViewerForSession, verifyCredentials } from "@/lib/data/users";
import type { Viewer } from "@/lib/data/viewer";
import { db } from "@/lib/db";
import { SettingsInput } from "@/lib/validation/settings";
import { makeDeck, makeUser, TEST_PASSWORD } from "../../support/factories";

const now = new Date("2026-03-10T12:00:00Z");
const settings = { name: "Ada Lovelace", timeZone: "Europe/Paris", rolloverHour: 5, desiredRetention: 0.85, newCardsPerDay: 15, maxReviewsPerDay: 150 };

async function studyAndReview(viewer: Viewer, deckId: string, cardIds: string[], tag: string) {
  await addDeckToStudies(viewer, deckId, now);
  for (const [index, cardId] of cardIds.entries()) {
    await recordReview(viewer, { cardId, grade: 3, clientReviewId: `${tag}-review-${index}`, expectedVersion: 0, durationMs: 4000 }, now);
  }
}

describe("study settings", () => {
  it("saves name, time zone and limits", async () => {
    const learner = await makeUser();
    const updated = await updateSettings(learner, settings);
    expect(updated).toMatchObject(settings);
    const row = await db.user.findUniqueOrThrow({ where: { id: learner.id } });
    expect(row).toMatchObject(settings);
  });

  it("refuses a time zone that does not exist and changes nothing", async () => {
    const learner = await makeUser({ timeZone: "UTC" });
    const input = { ...settings, timeZone: "Mars/Olympus_Mons" };
    expect(SettingsInput.safeParse(input).success).toBe(false);
    const error = await updateSettings(learner, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors?.timeZone).toBeDefined();
    const row = await db.user.findUniqueOrThrow({ where: { id: learner.id } });
    expect(row).toMatchObject({ name: learner.name, timeZone: "UTC", rolloverHour: 4, newCardsPerDay: 20 });
  });

  it("changes only the viewer's own row", async () => {
    const learner = await makeUser();
    const other = await makeUser({ timeZone: "Asia/Tokyo" });
    await updateSettings(learner, settings);
    const untouched = await db.user.findUniqueOrThrow({ where: { id: other.id } });
    expect(untouched).toMatchObject({ name: other.name, timeZone: "Asia/Tokyo", rolloverHour: 4 });
  });
});

describe("changing the password", () => {
  it("refuses a wrong current password and keeps the old one and every session", async () => {
    const learner = await makeUser();
    const error = await changePassword(learner, { currentPassword: "not my password", newPassword: "copper kettle rides" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors?.currentPassword?.[0]).toMatch(/not your current password/);
    expect(await verifyCredentials(learner.email, TEST_PASSWORD)).not.toBeNull();
    expect(await getViewerForSession(learner.id, 0)).not.toBeNull();
  });

  it("refuses a weak new password on the new password field", async () => {
    const learner = await makeUser();
    const error = await changePassword(learner, { currentPassword: TEST_PASSWORD, newPassword: "password123" }).catch((e: unknown) => e);
    expect((error as InvalidInputError).fieldErrors?.newPassword).toBeDefined();
    expect(await verifyCredentials(learner.email, TEST_PASSWORD)).not.toBeNull();
  });

  it("a successful change ends every session issued before it", async () => {
    const learner = await makeUser();
    expect(await getViewerForSession(learner.id, 0)).not.toBeNull();
    await changePassword(learner, { currentPassword: TEST_PASSWORD, newPassword: "copper kettle rides" });
    expect(await getViewerForSession(learner.id, 0)).toBeNull();
    expect(await verifyCredentials(learner.email, TEST_PASSWORD)).toBeNull();
    const identity = await verifyCredentials(learner.email, "copper kettle rides");
    expect(identity).toEqual({ id: learner.id, tokenVersion: 1 });
    expect(await getViewerForSession(learner.id, 1)).not.toBeNull();
  });
});

describe("exporting my data", () => {
  it("contains my settings, progress, reviews and quiz answers, and nothing of another user", async () => {
    const learner = await makeUser({ name: "Me" });
    const other = await makeUser({ name: "Someone else" });
    const { deck, cards } = await makeDeck({ cards: 3 });
    await studyAndReview(learner, deck.id, [cards[0]!.id, cards[1]!.id], "mine");
    await studyAndReview(other, deck.id, [cards[2]!.id], "theirs");
    const item = await db.quizItem.create({
      data: { deckId: deck.id, key: "q1", passageKey: "p1", kind: "TRUE_FALSE", prompt: "Is it true?", answer: "true", sourceSection: "S", sourceExcerpt: "E", position: 0 },
    });
    for (const user of [learner, other]) {
      await db.quizAttempt.create({
        data: { userId: user.id, deckId: deck.id, itemIds: [item.id], total: 1, score: 1, answers: { create: { quizItemId: item.id, response: "true", correct: true } } },
      });
    }

    const data = await exportUserData(learner, now);
    const json = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;

    expect(data.exportedAt).toBe(now.toISOString());
    expect(data.user).toMatchObject({ id: learner.id, email: learner.email, name: "Me" });
    expect(data.user).not.toHaveProperty("passwordHash");
    expect(data.user).not.toHaveProperty("tokenVersion");
    expect(JSON.stringify(json)).not.toMatch(/\$2[aby]\$/);
    expect(data.studyDecks).toEqual([expect.objectContaining({ deckId: deck.id, deckTitle: deck.title })]);
    expect(data.reviewLogs.map((log) => log.cardId).sort()).toEqual([cards[0]!.id, cards[1]!.id].sort());
    expect(data.cardStates).toHaveLength(3);
    expect(data.cardStates.find((state) => state.cardId === cards[0]!.id)).toMatchObject({ front: "Question 1?", back: "Answer 1.", reps: 1 });
    expect(data.cardStates.find((state) => state.cardId === cards[2]!.id)).toMatchObject({ state: "NEW", reps: 0 });
    expect(data.quizAttempts).toHaveLength(1);
    expect(data.quizAttempts[0]!.answers).toEqual([expect.objectContaining({ quizItemId: item.id, correct: true, prompt: "Is it true?" })]);
    expect(JSON.stringify(json)).not.toContain(other.id);
    expect(JSON.stringify(json)).not.toContain("theirs-review");
  });
});

describe("deleting my account", () => {
  it("removes me and all my data, and leaves another learner's intact", async () => {
    const learner = await makeUser();
    const other = await makeUser();
    const { deck, cards } = await makeDeck({ cards: 2 });
    await studyAndReview(learner, deck.id, [cards[0]!.id], "mine");
    await studyAndReview(other, deck.id, [cards[0]!.id, cards[1]!.id], "theirs");
    const counts = async (userId: string) => ({
      users: await db.user.count({ where: { id: userId } }),
      studyDecks: await db.studyDeck.count({ where: { userId } }),
      cardStates: await db.cardState.count({ where: { userId } }),
      reviewLogs: await db.reviewLog.count({ where: { userId } }),
    });
    const othersBefore = await counts(other.id);

    await deleteAccount(learner);

    expect(await counts(learner.id)).toEqual({ users: 0, studyDecks: 0, cardStates: 0, reviewLogs: 0 });
    expect(await counts(other.id)).toEqual(othersBefore);
    expect(othersBefore).toEqual({ users: 1, studyDecks: 1, cardStates: 2, reviewLogs: 2 });
    expect(await db.deck.count({ where: { id: deck.id } })).toBe(1);
    expect(await getViewerForSession(learner.id, 0)).toBeNull();
  });
});
