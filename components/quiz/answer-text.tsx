import type { QuizAnswerValue, QuizResponse } from "@/components/quiz/quiz-types";

/** An answer as text, or a matching answer as its pairs. */
export function AnswerText({ value, empty = "(no answer)" }: { value: QuizAnswerValue | QuizResponse; empty?: string }) {
  if (typeof value === "string") return <span className="font-medium">{value.trim() === "" ? empty : value}</span>;
  return (
    <ul className="mt-1 space-y-0.5">
      {value.map(([left, right], index) => (
        <li key={`${left}-${index}`}>
          <span className="font-medium">{left}</span> <span aria-hidden="true">→</span>
          <span className="sr-only">matches</span> <span className="font-medium">{right}</span>
        </li>
      ))}
    </ul>
  );
}
