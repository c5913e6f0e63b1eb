"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getViewer } from "@/lib/auth";
import { failureFrom, invalidInput, type ActionResult } from "@/lib/actions/result";
import { dateKeyIn, dueAtFor } from "@/lib/classroom/due-date";
import { assignDeck, removeAssignment } from "@/lib/data/assignments";
import { archiveClass, createClass, joinClass, leaveClass, regenerateJoinCode, removeStudent, renameClass, restoreClass } from "@/lib/data/classes";
import { InvalidInputError } from "@/lib/data/errors";
import type { Viewer } from "@/lib/data/viewer";
import { AssignmentInput, ClassNameInput, JoinCodeInput } from "@/lib/validation/class";

const Id = z.string().trim().min(1).max(100);
const SIGN_IN: ActionResult = { ok: false, message: "Sign in to continue." };

async function run<T extends object>(fn: (viewer: Viewer) => Promise<T>, paths: (result: T) => string[]): Promise<ActionResult<T>> {
  const viewer = await getViewer();
  if (!viewer) return SIGN_IN as ActionResult<T>;
  try {
    const result = await fn(viewer);
    for (const path of paths(result)) revalidatePath(path);
    return { ok: true, ...result };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function createClassAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ classId: string; joinCode: string }>> {
  const parsed = z.object({ name: ClassNameInput }).safeParse({ name: formData.get("name") ?? undefined });
  if (!parsed.success) return invalidInput(parsed.error);
  return run(
    async (viewer) => {
      const created = await createClass(viewer, parsed.data.name);
      return { classId: created.id, joinCode: created.joinCode };
    },
    () => ["/classes"],
  );
}

export async function renameClassAction(classId: string, _prev: unknown, formData: FormData): Promise<ActionResult> {
  const parsed = z.object({ name: ClassNameInput }).safeParse({ name: formData.get("name") ?? undefined });
  if (!parsed.success) return invalidInput(parsed.error);
  if (!Id.safeParse(classId).success) return { ok: false, message: "That class does not exist." };
  return run(async (viewer) => (await renameClass(viewer, classId, parsed.data.name), {}), () => ["/classes", `/classes/${classId}`]);
}

export async function archiveClassAction(classId: string, archived: boolean): Promise<ActionResult> {
  if (!Id.safeParse(classId).success) return { ok: false, message: "That class does not exist." };
  return run(
    async (viewer) => (archived ? await archiveClass(viewer, classId, new Date()) : await restoreClass(viewer, classId), {}),
    () => ["/classes", `/classes/${classId}`],
  );
}

export async function regenerateCodeAction(classId: string): Promise<ActionResult<{ joinCode: string }>> {
  if (!Id.safeParse(classId).success) return { ok: false, message: "That class does not exist." };
  return run(async (viewer) => ({ joinCode: await regenerateJoinCode(viewer, classId) }), () => ["/classes", `/classes/${classId}`]);
}

export async function removeStudentAction(classId: string, userId: string): Promise<ActionResult> {
  if (!Id.safeParse(classId).success || !Id.safeParse(userId).success) return { ok: false, message: "That student is not in this class." };
  return run(async (viewer) => (await removeStudent(viewer, classId, userId), {}), () => ["/classes", `/classes/${classId}`]);
}

/** On success the learner goes straight to today's work, which now includes the class's decks. */
export async function joinClassAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const parsed = z.object({ code: JoinCodeInput }).safeParse({ code: formData.get("code") ?? undefined });
  if (!parsed.success) return invalidInput(parsed.error, "Check the code and try again.");
  const result = await run(async (viewer) => joinClass(viewer, parsed.data.code, new Date()), () => ["/today", "/decks", "/join"]);
  if (!result.ok) return { ...result, fieldErrors: result.fieldErrors ?? { code: [result.message] } };
  redirect("/today");
}

export async function leaveClassAction(classId: string): Promise<ActionResult> {
  if (!Id.safeParse(classId).success) return { ok: false, message: "You are not in that class." };
  return run(async (viewer) => (await leaveClass(viewer, classId), {}), () => ["/join", "/today"]);
}

export async function assignDeckAction(classId: string, _prev: unknown, formData: FormData): Promise<ActionResult<{ assignmentId: string }>> {
  const parsed = AssignmentInput.safeParse({
    deckId: formData.get("deckId") ?? undefined,
    dueDate: formData.get("dueDate") ?? undefined,
    targetRecall: formData.get("targetRecall") ?? undefined,
    quizSize: formData.get("quizSize") ?? undefined,
  });
  if (!parsed.success) return invalidInput(parsed.error);
  if (!Id.safeParse(classId).success) return { ok: false, message: "That class does not exist." };
  const { deckId, dueDate, targetRecall, quizSize } = parsed.data;
  return run(
    async (viewer) => {
      const now = new Date();
      // "Today" is the teacher's own calendar day; the schema could only rule out dates past everywhere.
      if (dueDate < dateKeyIn(now, viewer.timeZone)) {
        throw new InvalidInputError("The due date cannot be in the past.", { dueDate: ["The due date cannot be in the past."] });
      }
      const dueAt = dueAtFor(dueDate, viewer.timeZone);
      return assignDeck(viewer, classId, { deckId, dueAt, targetRecall: targetRecall === undefined ? null : targetRecall / 100, quizSize: quizSize ?? null }, now);
    },
    () => [`/classes/${classId}`, "/today"],
  );
}

export async function removeAssignmentAction(assignmentId: string): Promise<ActionResult> {
  if (!Id.safeParse(assignmentId).success) return { ok: false, message: "That assignment does not exist." };
  return run(async (viewer) => {
    const { classId } = await removeAssignment(viewer, assignmentId);
    return { classId };
  }, (result) => [`/classes/${result.classId}`, "/today"]);
}
