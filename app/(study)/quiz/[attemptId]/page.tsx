import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { NotFoundError } from "@/lib/data/errors";
import { getAttempt } from "@/lib/data/quizzes";
import { QuizRunner } from "./_components/quiz-runner";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizAttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const viewer = await requireUser(`/quiz/${attemptId}`);
  const attempt = await getAttempt(viewer, attemptId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <QuizRunner
      attemptId={attempt.id}
      deckId={attempt.deckId}
      deckTitle={attempt.deckTitle}
      questions={attempt.questions}
      initialAnswers={attempt.answers}
      initialIndex={attempt.nextIndex}
      initialResult={attempt.result}
    />
  );
}
