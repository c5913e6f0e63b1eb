import "server-only";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/data/errors";
import { viewerSelect, type Viewer } from "@/lib/data/viewer";
import { describePasswordProblem, hashPassword, verifyPassword } from "@/lib/passwords";
import { isValidTimeZone } from "@/lib/srs/study-day";
import type { SettingsInput } from "@/lib/validation/settings";

/** Saves the viewer's profile and study settings and returns the viewer as it now is. */
export async function updateSettings(viewer: Viewer, input: SettingsInput): Promise<Viewer> {
  // Raw SQL elsewhere puts the zone into AT TIME ZONE, so a bad one must never reach the row.
  if (!isValidTimeZone(input.timeZone)) {
    const message = "Choose a time zone from the list, such as Europe/Paris.";
    throw new InvalidInputError(message, { timeZone: [message] });
  }
  const updated = await db.user.updateMany({
    where: { id: viewer.id },
    data: {
      name: input.name,
      timeZone: input.timeZone,
      rolloverHour: input.rolloverHour,
      desiredRetention: input.desiredRetention,
      newCardsPerDay: input.newCardsPerDay,
      maxReviewsPerDay: input.maxReviewsPerDay,
    },
  });
  if (updated.count === 0) throw new NotFoundError("Your account no longer exists.");
  return db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: viewerSelect });
}

/** False for accounts made through GitHub or Google, which have no password to change. */
export async function hasPassword(viewer: Viewer): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}

/** Replaces the password and, in the same update, ends every session issued before now. */
export async function changePassword(viewer: Viewer, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { passwordHash: true, email: true, name: true } });
  if (!user) throw new NotFoundError("Your account no longer exists.");
  if (!user.passwordHash) {
    const message = "You sign in with GitHub or Google, so there is no password to change.";
    throw new InvalidInputError(message, { currentPassword: [message] });
  }
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    const message = "That is not your current password.";
    throw new InvalidInputError(message, { currentPassword: [message] });
  }
  const problem = describePasswordProblem(input.newPassword, { email: user.email, name: user.name });
  if (problem) throw new InvalidInputError(problem, { newPassword: [problem] });
  const passwordHash = await hashPassword(input.newPassword);
  // Matching the old hash makes two simultaneous changes a conflict instead of a silent overwrite.
  const updated = await db.user.updateMany({
    where: { id: viewer.id, passwordHash: user.passwordHash },
    data: { passwordHash, tokenVersion: { increment: 1 } },
  });
  if (updated.count === 0) throw new ConflictError("Your password was changed somewhere else just now. Sign in again with the new one.");
}

/** Everything Groundwork keeps about the viewer's learning, as one JSON-ready object. Secrets are left out. */
export async function exportUserData(viewer: Viewer, now: Date = new Date()) {
  const userId = viewer.id;
  const [user, documents, studyDecks, cardStates, reviewLogs, quizAttempts, memberships] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        image: true,
        emailVerified: true,
        timeZone: true,
        rolloverHour: true,
        desiredRetention: true,
        newCardsPerDay: true,
        maxReviewsPerDay: true,
        fsrsParams: true,
        fsrsParamsAt: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    db.document.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, slug: true, sourceFormat: true, markdown: true, createdAt: true, updatedAt: true },
    }),
    db.studyDeck.findMany({
      where: { userId },
      orderBy: { addedAt: "asc" },
      select: { deckId: true, addedAt: true, deck: { select: { title: true } } },
    }),
    db.cardState.findMany({
      where: { userId },
      orderBy: [{ deckId: "asc" }, { position: "asc" }],
      select: {
        cardId: true,
        deckId: true,
        state: true,
        due: true,
        stability: true,
        difficulty: true,
        elapsedDays: true,
        scheduledDays: true,
        learningSteps: true,
        reps: true,
        lapses: true,
        lastReview: true,
        suspended: true,
        leech: true,
        buriedUntil: true,
        card: { select: { front: true, back: true } },
      },
    }),
    db.reviewLog.findMany({
      where: { userId },
      orderBy: { review: "asc" },
      select: {
        id: true,
        cardId: true,
        rating: true,
        state: true,
        due: true,
        stability: true,
        difficulty: true,
        elapsedDays: true,
        lastElapsedDays: true,
        scheduledDays: true,
        learningSteps: true,
        review: true,
        durationMs: true,
        source: true,
        undone: true,
        undoneAt: true,
      },
    }),
    db.quizAttempt.findMany({
      where: { userId },
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        deckId: true,
        assignmentId: true,
        startedAt: true,
        finishedAt: true,
        score: true,
        total: true,
        durationMs: true,
        answers: {
          orderBy: { answeredAt: "asc" },
          select: { quizItemId: true, response: true, correct: true, overruled: true, durationMs: true, answeredAt: true, quizItem: { select: { prompt: true } } },
        },
      },
    }),
    db.membership.findMany({
      where: { userId },
      orderBy: { joinedAt: "asc" },
      select: { classId: true, joinedAt: true, classroom: { select: { name: true } } },
    }),
  ]);
  if (!user) throw new NotFoundError("Your account no longer exists.");
  return {
    exportedAt: now.toISOString(),
    user,
    documents,
    studyDecks: studyDecks.map(({ deck, ...row }) => ({ ...row, deckTitle: deck.title })),
    cardStates: cardStates.map(({ card, ...row }) => ({ ...row, front: card.front, back: card.back })),
    reviewLogs,
    quizAttempts: quizAttempts.map((attempt) => ({
      ...attempt,
      answers: attempt.answers.map(({ quizItem, ...answer }) => ({ ...answer, prompt: quizItem.prompt })),
    })),
    classMemberships: memberships.map(({ classroom, ...row }) => ({ ...row, className: classroom.name })),
  };
}
export type UserDataExport = Awaited<ReturnType<typeof exportUserData>>;

/**
 * Deletes the account in one statement; the schema's cascades remove everything it owns, including
 * documents and decks it authored (and so other learners' progress on those decks).
 */
export async function deleteAccount(viewer: Viewer): Promise<void> {
  const deleted = await db.user.deleteMany({ where: { id: viewer.id } });
  if (deleted.count === 0) throw new NotFoundError("Your account no longer exists.");
}

/** The catch-up plan's one knob: how many reviews a day the learner takes on. */
export async function setDailyReviewCap(viewer: Viewer, cap: number): Promise<void> {
  if (!Number.isInteger(cap) || cap < 1 || cap > 5000) throw new InvalidInputError("Choose between 1 and 5000 reviews a day.");
  await db.user.update({ where: { id: viewer.id }, data: { maxReviewsPerDay: cap } });
}
