import Link from "next/link";
import type { ReactNode } from "react";
import { AnswerText } from "@/components/quiz/answer-text";
import type { QuizFeedbackView } from "@/components/quiz/quiz-types";
import { Button } from "@/components/ui/button";

/** Right or wrong, the right answer, why, and where it comes from; "I was right" for a typed answer marked wrong. */
export function AnswerFeedback({ feedback, onOverrule, overruling = false, children }: { feedback: QuizFeedbackView; onOverrule?: () => void; overruling?: boolean; children?: ReactNode }) {
  const tone = feedback.correct ? "border-brand-200 bg-brand-50" : "border-red-200 bg-red-50";
  return (
    <section aria-label="Feedback" className={`rounded-xl border p-5 ${tone}`}>
      <p role="status" aria-live="polite" className={`text-lg font-semibold ${feedback.correct ? "text-brand-800" : "text-red-800"}`}>
        {feedback.overruled ? "Counted as right" : feedback.correct ? "Right" : "Not quite"}
      </p>
      <dl className="mt-3 space-y-2 text-sm text-stone-800">
        <div>
          <dt className="text-stone-600">Your answer</dt>
          <dd>
            <AnswerText value={feedback.response} />
          </dd>
        </div>
        {(!feedback.correct || feedback.overruled || feedback.kind === "typed") && (
          <div>
            <dt className="text-stone-600">The answer</dt>
            <dd data-testid="correct-answer">
              <AnswerText value={feedback.correctAnswer} />
            </dd>
          </div>
        )}
        {feedback.explanation && (
          <div>
            <dt className="text-stone-600">Why</dt>
            <dd>{feedback.explanation}</dd>
          </div>
        )}
      </dl>
      <div className="mt-4 rounded-lg bg-white/70 p-3 text-sm text-stone-700">
        <p className="text-xs font-medium uppercase tracking-wide text-stone-500">{feedback.source.section}</p>
        <blockquote className="mt-1 border-l-4 border-stone-200 pl-3">{feedback.source.excerpt}</blockquote>
        {feedback.cardId && (
          <Link href={`/cards/${feedback.cardId}/source`} target="_blank" rel="noopener" className="mt-2 inline-block font-medium text-brand-700 underline">
            Read the source<span className="sr-only"> (opens in a new tab)</span>
          </Link>
        )}
      </div>
      {(feedback.canOverrule && onOverrule) || children ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {feedback.canOverrule && onOverrule && (
            <Button variant="secondary" onClick={onOverrule} disabled={overruling} aria-describedby="overrule-hint">
              {overruling ? "Saving…" : "I was right"}
            </Button>
          )}
          {children}
          {feedback.canOverrule && onOverrule && (
            <p id="overrule-hint" className="w-full text-xs text-stone-600">
              If your answer means the same, count it as right. You can do this once per question.
            </p>
          )}
        </div>
      ) : null}
    </section>
  );
}
