import type { QuizQuestionView } from "@/components/quiz/quiz-types";

/** The key that picks each option: 1-9 for multiple choice, the first letter (T, F) for true/false. */
export function choiceKeys(question: Pick<QuizQuestionView, "kind" | "choices">): string[] {
  return question.choices.map((choice, index) => (question.kind === "true_false" ? choice.trim().charAt(0).toUpperCase() : String(index + 1)));
}

/** Multiple choice and true/false as a radio group; the number (or T/F) of each option is its key. */
export function ChoiceQuestion({ question, selected, onSelect, disabled }: { question: QuizQuestionView; selected: string | null; onSelect: (choice: string) => void; disabled: boolean }) {
  const trueFalse = question.kind === "true_false";
  const keys = choiceKeys(question);
  return (
    <fieldset disabled={disabled}>
      <legend className="sr-only">{question.prompt}</legend>
      <div className={trueFalse ? "grid grid-cols-2 gap-3" : "space-y-2"}>
        {question.choices.map((choice, index) => {
          const key = keys[index] ?? "";
          const checked = selected === choice;
          return (
            <label
              key={choice}
              className={`flex cursor-pointer items-center gap-3 rounded-xl border px-4 py-3 transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-300 ${
                checked ? "border-brand-500 bg-brand-50 text-brand-900" : "border-stone-200 bg-white text-stone-800 hover:bg-stone-50"
              }`}
            >
              <input type="radio" name={`choice-${question.quizItemId}`} value={choice} checked={checked} onChange={() => onSelect(choice)} className="sr-only" aria-keyshortcuts={key} />
              <kbd aria-hidden="true" className="flex h-7 w-7 shrink-0 items-center justify-center rounded-md border border-stone-300 bg-white text-xs font-semibold text-stone-600">
                {key}
              </kbd>
              <span>{choice}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
