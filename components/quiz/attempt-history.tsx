import Link from "next/link";
import { formatDuration } from "@/components/quiz/format-duration";
import type { QuizAttemptSummary } from "@/lib/data/quizzes";

export type AttemptHistoryEntry = Omit<QuizAttemptSummary, "deckId">;

const DATE_OPTIONS: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" };

/** Past quizzes, newest first: a finished one links to its results, an open one to where it stopped. */
export function AttemptHistory({ attempts, timeZone }: { attempts: AttemptHistoryEntry[]; timeZone: string }) {
  // The learner's own time zone (a server render has no other), as the rest of the app shows days.
  const format = new Intl.DateTimeFormat("en-GB", { ...DATE_OPTIONS, timeZone });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your quizzes</caption>
        <thead className="text-xs uppercase tracking-wide text-stone-500">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Deck</th>
            <th scope="col" className="py-2 pr-4 font-medium">Started</th>
            <th scope="col" className="py-2 pr-4 font-medium">Score</th>
            <th scope="col" className="py-2 pr-4 font-medium">Time</th>
            <th scope="col" className="py-2 font-medium"><span className="sr-only">Open</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {attempts.map((attempt) => (
            <tr key={attempt.id}>
              <th scope="row" className="py-3 pr-4 font-medium text-stone-900">
                {attempt.deckTitle}
                {attempt.assignmentId && <span className="ml-2 rounded-full bg-sky-50 px-2 py-0.5 text-xs font-normal text-sky-800">Assigned</span>}
              </th>
              <td className="py-3 pr-4 text-stone-600">
                <time dateTime={attempt.startedAt.toISOString()}>{format.format(attempt.startedAt)}</time>
              </td>
              <td className="py-3 pr-4">
                {attempt.finishedAt ? `${attempt.score ?? 0} of ${attempt.total}` : <span className="text-stone-500">{attempt.answered} of {attempt.total} answered</span>}
              </td>
              <td className="py-3 pr-4 text-stone-600">{attempt.durationMs !== null ? formatDuration(attempt.durationMs) : "–"}</td>
              <td className="py-3 text-right">
                <Link href={`/quiz/${attempt.id}`} className="font-medium text-brand-700 underline">
                  {attempt.finishedAt ? "Results" : "Resume"}
                  <span className="sr-only"> {attempt.deckTitle} quiz</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
