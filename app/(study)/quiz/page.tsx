import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { listMyAttempts, listQuizChoices } from "@/lib/data/quizzes";
import { AttemptHistory } from "@/components/quiz/attempt-history";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import { StartAssignedQuizForm, StartQuizForm } from "./_components/start-quiz-form";

export const metadata: Metadata = { title: "Quiz" };

const dueFormat = (timeZone: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone });

export default async function QuizPage({ searchParams }: { searchParams: Promise<{ deck?: string | string[] }> }) {
  const { deck } = await searchParams;
  const viewer = await requireUser(typeof deck === "string" ? `/quiz?deck=${encodeURIComponent(deck)}` : "/quiz");
  const [choices, attempts] = await Promise.all([listQuizChoices(viewer), listMyAttempts(viewer)]);
  const formatDue = dueFormat(viewer.timeZone);
  return (
    <>
      <PageHeader title="Quiz" description="Test yourself on a deck. Every answer also tells your review schedule what you remember." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title="Start a quiz">
          {choices.decks.length === 0 ? (
            <EmptyState title="You are not studying any deck yet">
              <Link href="/library" className="font-medium text-brand-700 underline">
                Pick one from the library
              </Link>{" "}
              and come back to test yourself.
            </EmptyState>
          ) : (
            <StartQuizForm decks={choices.decks} defaultDeckId={typeof deck === "string" ? deck : undefined} />
          )}
        </Panel>
        {choices.assigned.length > 0 && (
          <Panel title="Quizzes from your teachers">
            <ul className="divide-y divide-stone-100">
              {choices.assigned.map((quiz) => (
                <li key={quiz.assignmentId} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div>
                    <p className="font-medium text-stone-900">{quiz.deckTitle}</p>
                    <p className="text-sm text-stone-500">
                      {quiz.className} · {Math.min(quiz.quizSize, quiz.questionCount)} questions · due {formatDue.format(quiz.dueAt)}
                    </p>
                  </div>
                  {quiz.questionCount > 0 ? (
                    <StartAssignedQuizForm deckId={quiz.deckId} assignmentId={quiz.assignmentId} label={`Start the ${quiz.deckTitle} quiz for ${quiz.className}`} />
                  ) : (
                    <span className="text-sm text-stone-500">No questions yet</span>
                  )}
                </li>
              ))}
            </ul>
          </Panel>
        )}
      </div>
      <div className="mt-6">
        <Panel title="Your quizzes">
          {attempts.length === 0 ? (
            <p className="text-stone-600">Quizzes you take will be listed here with their scores.</p>
          ) : (
            <AttemptHistory attempts={attempts} timeZone={viewer.timeZone} />
          )}
        </Panel>
      </div>
    </>
  );
}
