"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth";
import { failureFrom, invalidInput, type ActionResult } from "@/lib/actions/result";
import { answerQuestion, finishQuiz, getAttempt, overruleAnswer, startQuiz, type QuizFeedback, type QuizResult } from "@/lib/data/quizzes";
import { AnswerInput, AttemptIdInput, OverruleInput, StartQuizInput } from "@/lib/validation/quiz";

const SIGN_IN = { ok: false as const, message: "Sign in to continue." };

/** Starts a quiz from the form and goes to its first question. */
export async function startQuizAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return SIGN_IN;
  const parsed = StartQuizInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  let attemptId: string;
  try {
    ({ attemptId } = await startQuiz(viewer, parsed.data, new Date()));
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath("/quiz");
  redirect(`/quiz/${attemptId}`);
}

export async function answerQuestionAction(input: unknown): Promise<ActionResult<{ feedback: QuizFeedback }>> {
  const viewer = await getViewer();
  if (!viewer) return SIGN_IN;
  const parsed = AnswerInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, "That answer could not be read. Please try again.");
  try {
    return { ok: true, feedback: await answerQuestion(viewer, parsed.data, new Date()) };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function overruleAnswerAction(input: unknown): Promise<ActionResult<{ feedback: QuizFeedback }>> {
  const viewer = await getViewer();
  if (!viewer) return SIGN_IN;
  const parsed = OverruleInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const feedback = await overruleAnswer(viewer, parsed.data.attemptId, parsed.data.quizItemId, new Date());
    revalidatePath("/quiz");
    return { ok: true, feedback };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function finishQuizAction(attemptId: unknown): Promise<ActionResult<{ result: QuizResult }>> {
  const viewer = await getViewer();
  if (!viewer) return SIGN_IN;
  const parsed = AttemptIdInput.safeParse(attemptId);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const result = await finishQuiz(viewer, parsed.data, new Date());
    revalidatePath("/quiz");
    return { ok: true, result };
  } catch (error) {
    return failureFrom(error);
  }
}

/** The answers the server holds, so a page that lost a reply (a dropped connection) can catch up. */
export async function loadQuizProgressAction(attemptId: unknown): Promise<ActionResult<{ answers: QuizFeedback[]; nextIndex: number; result: QuizResult | null }>> {
  const viewer = await getViewer();
  if (!viewer) return SIGN_IN;
  const parsed = AttemptIdInput.safeParse(attemptId);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const attempt = await getAttempt(viewer, parsed.data);
    return { ok: true, answers: attempt.answers, nextIndex: attempt.nextIndex, result: attempt.result };
  } catch (error) {
    return failureFrom(error);
  }
}
