import type { QuizQuestionView } from "@/components/quiz/quiz-types";

/** One labelled select per term; each offers every match. */
export function MatchingQuestion({ question, value, onChange, disabled }: { question: QuizQuestionView; value: Record<string, string>; onChange: (left: string, right: string) => void; disabled: boolean }) {
  const matching = question.matching ?? { left: [], right: [] };
  return (
    <fieldset disabled={disabled} className="space-y-3">
      <legend className="sr-only">{question.prompt}</legend>
      {matching.left.map((left, index) => {
        const id = `match-${question.quizItemId}-${index}`;
        return (
          <div key={left} className="grid items-center gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <label htmlFor={id} className="font-medium text-stone-900">
              {left}
              <span className="sr-only"> matches</span>
            </label>
            <select
              id={id}
              value={value[left] ?? ""}
              onChange={(event) => onChange(left, event.target.value)}
              className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
            >
              <option value="">Choose a match…</option>
              {matching.right.map((right) => (
                <option key={right} value={right}>
                  {right}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
