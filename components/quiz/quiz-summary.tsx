import Link from "next/link";
import { AnswerText } from "@/components/quiz/answer-text";
import { formatDuration } from "@/components/quiz/format-duration";
import type { QuizResultView } from "@/components/quiz/quiz-types";
import { ButtonLink } from "@/components/ui/button";

export function QuizSummary({ result, deckId, deckTitle }: { result: QuizResultView; deckId: string; deckTitle: string }) {
  const percent = result.total > 0 ? Math.round((result.score / result.total) * 100) : 0;
  const skipped = result.total - result.answered;
  return (
    <section aria-labelledby="quiz-summary-title" className="rounded-2xl border border-stone-200 bg-white p-8 shadow-sm">
      <h2 id="quiz-summary-title" className="text-center text-2xl font-semibold text-stone-900">
        Quiz complete
      </h2>
      <p className="mt-1 text-center text-stone-600">{deckTitle}</p>
      <dl className="mx-auto mt-6 grid max-w-md grid-cols-3 gap-4 text-center">
        <div>
          <dt className="text-sm text-stone-500">Score</dt>
          <dd className="text-2xl font-semibold" data-testid="quiz-score">
            {result.score} of {result.total}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-stone-500">Right</dt>
          <dd className="text-2xl font-semibold">{percent}%</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-500">Time</dt>
          <dd className="text-2xl font-semibold">{formatDuration(result.durationMs)}</dd>
        </div>
      </dl>
      {skipped > 0 && <p className="mt-4 text-center text-sm text-stone-600">{skipped === 1 ? "One question was" : `${skipped} questions were`} not answered.</p>}

      <h3 className="mt-8 text-base font-semibold text-stone-900">To review</h3>
      {result.toReview.length === 0 ? (
        <p className="mt-2 text-stone-600">Nothing: every answer was right.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {result.toReview.map((item) => (
            <li key={item.quizItemId} className="rounded-xl border border-stone-200 p-4">
              <p className="text-xs text-stone-500">{item.section}</p>
              <p className="mt-1 font-medium text-stone-900">{item.prompt}</p>
              <div className="mt-1 text-sm text-stone-700">
                The answer: <AnswerText value={item.correctAnswer} />
              </div>
              {item.cardId && (
                <Link href={`/cards/${item.cardId}/source`} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
                  Read the source<span className="sr-only"> for “{item.prompt}”</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 text-sm text-stone-600">Your answers have been added to your review schedule: what you missed comes back sooner.</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <ButtonLink href={`/quiz?deck=${encodeURIComponent(deckId)}`}>Take another quiz</ButtonLink>
        <ButtonLink href={`/review?deck=${encodeURIComponent(deckId)}`} variant="secondary">
          Review this deck
        </ButtonLink>
        <ButtonLink href="/quiz" variant="ghost">
          All quizzes
        </ButtonLink>
      </div>
    </section>
  );
}
