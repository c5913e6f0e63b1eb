import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/auth";
import { DEFAULT_TARGET_RECALL } from "@/lib/classroom/at-risk";
import { parseStudentSort, SORT_DIRECTION, sortStudents, type StudentSort } from "@/lib/classroom/student-sort";
import { DASHBOARD_WINDOW_DAYS, getClassDashboard } from "@/lib/data/class-dashboard";
import { NotFoundError } from "@/lib/data/errors";
import { getQuizResultsForAssignment } from "@/lib/data/quizzes";
import { RecallBar } from "@/components/classroom/recall-bar";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import { ProgressBar } from "@/components/ui/progress-bar";

export const metadata: Metadata = { title: "Assignment results" };

const HARDEST_SHOWN = 15;

const columns: { sort: StudentSort; label: string; numeric?: boolean }[] = [
  { sort: "name", label: "Student" },
  { sort: "started", label: "Cards started" },
  { sort: "reviews", label: "Reviews (7 days)", numeric: true },
  { sort: "retention", label: `Retention (${DASHBOARD_WINDOW_DAYS} days)`, numeric: true },
  { sort: "overdue", label: "Overdue", numeric: true },
  { sort: "recall", label: "Predicted recall at due date" },
  { sort: "active", label: "Last active" },
];

const percent = (value: number) => `${Math.round(value * 100)}%`;

export default async function AssignmentDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string; assignmentId: string }>;
  searchParams: Promise<{ sort?: string | string[] }>;
}) {
  const { classId, assignmentId } = await params;
  const sort = parseStudentSort((await searchParams).sort);
  const base = `/classes/${classId}/assignments/${assignmentId}`;
  const viewer = await requireTeacher(base);
  const now = new Date();
  const dashboard = await getClassDashboard(viewer, classId, assignmentId, now).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { assignment } = dashboard;
  const quiz = await getQuizResultsForAssignment(viewer, assignmentId);
  const score = (snapshot: { score: number; total: number } | null) => (snapshot ? `${snapshot.score}/${snapshot.total}` : "–");
  const target = assignment.targetRecall ?? DEFAULT_TARGET_RECALL;
  const students = sortStudents(dashboard.students, sort);
  const atRisk = students.filter((s) => s.atRisk).length;
  const meanRecall = students.length ? students.reduce((sum, s) => sum + s.predictedRecallAtDue, 0) / students.length : 0;
  const allStarted = students.filter((s) => s.totalCards > 0 && s.cardsStarted >= s.totalCards).length;
  const hardest = dashboard.cards.filter((card) => card.reviews > 0).slice(0, HARDEST_SHOWN);
  const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: viewer.timeZone, dateStyle: "medium" });
  const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: viewer.timeZone, dateStyle: "medium", timeStyle: "short" });

  return (
    <>
      <PageHeader
        title={assignment.deckTitle}
        description={`${dashboard.className} · ${dashboard.totalCards} cards · due ${dateFormat.format(assignment.dueAt)} · goal: every card started${assignment.targetRecall !== null ? ` and ${percent(assignment.targetRecall)} predicted recall` : ""}`}
        action={
          <div className="flex flex-wrap items-center gap-3">
            <Link href={`/classes/${classId}`} className="text-sm font-medium text-brand-700 underline">
              Back to class
            </Link>
            <a href={`/api/classes/${classId}/assignments/${assignmentId}/export`} download className={buttonClasses("secondary", "sm")}>
              Export CSV
            </a>
          </div>
        }
      />

      <dl className="mb-6 grid gap-4 sm:grid-cols-4">
        {[
          { label: "Students", value: String(students.length) },
          { label: "At risk", value: String(atRisk), warn: atRisk > 0 },
          { label: "Started every card", value: `${allStarted} of ${students.length}` },
          { label: "Mean predicted recall", value: percent(meanRecall) },
        ].map((tile) => (
          <div key={tile.label} className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-stone-500">{tile.label}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${tile.warn ? "text-amber-700" : "text-stone-900"}`}>{tile.value}</dd>
          </div>
        ))}
      </dl>

      <Panel title="Students" className="mb-6">
        {students.length === 0 ? (
          <EmptyState title="No students in this class yet" />
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[56rem] text-left text-sm">
              <caption className="sr-only">
                Students, at-risk first, sorted by {columns.find((c) => c.sort === sort)?.label ?? "risk"}. Sort by a column with the links in the header.
              </caption>
              <thead className="border-b border-stone-200 text-stone-600">
                <tr>
                  {columns.map((column) => (
                    <th key={column.sort} scope="col" aria-sort={sort === column.sort ? SORT_DIRECTION[column.sort] : undefined} className={`px-2 py-2 font-medium ${column.numeric ? "text-right" : ""}`}>
                      <Link href={`${base}?sort=${column.sort}`} scroll={false} className={`hover:underline ${sort === column.sort ? "font-semibold text-stone-900" : ""}`}>
                        {column.label}
                        {sort === column.sort && <span aria-hidden>{SORT_DIRECTION[column.sort] === "ascending" ? " ▴" : " ▾"}</span>}
                      </Link>
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-2 font-medium">
                    <Link href={base} scroll={false} className={`hover:underline ${sort === "risk" ? "font-semibold text-stone-900" : ""}`}>
                      Status
                    </Link>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {students.map((s) => (
                  <tr key={s.userId} className={s.atRisk ? "bg-amber-50" : undefined}>
                    <th scope="row" className="px-2 py-2 font-medium text-stone-900">
                      {s.name}
                    </th>
                    <td className="px-2 py-2">
                      <div className="flex items-center gap-2">
                        <div className="w-20">
                          <ProgressBar value={s.cardsStarted} max={s.totalCards} label={`${s.name}: ${s.cardsStarted} of ${s.totalCards} cards started`} />
                        </div>
                        <span className="tabular-nums text-stone-700">
                          {s.cardsStarted}/{s.totalCards}
                        </span>
                      </div>
                    </td>
                    <td className="px-2 py-2 text-right tabular-nums">{s.reviews7d}</td>
                    <td className="px-2 py-2 text-right tabular-nums">{s.retention === null ? "–" : percent(s.retention)}</td>
                    <td className={`px-2 py-2 text-right tabular-nums ${s.overdue > 0 ? "text-amber-800" : ""}`}>{s.overdue}</td>
                    <td className="px-2 py-2">
                      <RecallBar value={s.predictedRecallAtDue} target={target} label={`${s.name}: predicted recall at the due date`} />
                    </td>
                    <td className="px-2 py-2 text-stone-600">{s.lastActive ? dateTimeFormat.format(s.lastActive) : "Never"}</td>
                    <td className="px-2 py-2">
                      {s.atRisk ? (
                        <span className="inline-flex flex-col">
                          <span className="font-medium text-amber-800">At risk</span>
                          <span className="text-xs text-amber-900">{s.riskReasons.join("; ")}</span>
                        </span>
                      ) : (
                        <span className="text-brand-700">On track</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="mt-3 text-xs text-stone-500">
          Predicted recall is each student&apos;s chance of remembering a card on the due date, averaged over every card (cards not started count as 0). The
          line on each bar marks the goal of {percent(target)}.
        </p>
      </Panel>

      {quiz.quizSize !== null && (
        <Panel title={`Quiz (${quiz.quizSize} questions)`} className="mb-6">
          <div className="grid gap-6 lg:grid-cols-2">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Each student&apos;s best and latest quiz score</caption>
              <thead className="border-b border-stone-200 text-stone-600">
                <tr>
                  <th scope="col" className="px-2 py-2 font-medium">Student</th>
                  <th scope="col" className="px-2 py-2 text-right font-medium">Best</th>
                  <th scope="col" className="px-2 py-2 text-right font-medium">Latest</th>
                  <th scope="col" className="px-2 py-2 text-right font-medium">Attempts</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {quiz.students.map((student) => (
                  <tr key={student.userId}>
                    <th scope="row" className="px-2 py-2 font-medium">{student.name}</th>
                    <td className="px-2 py-2 text-right tabular-nums">{score(student.best)}</td>
                    <td className="px-2 py-2 text-right tabular-nums">{score(student.latest)}</td>
                    <td className="px-2 py-2 text-right tabular-nums">{student.attempts}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div>
              <h3 className="mb-2 text-sm font-medium text-stone-700">Questions most often missed</h3>
              {quiz.questions.length === 0 ? (
                <p className="text-sm text-stone-500">No answers yet.</p>
              ) : (
                <ol className="divide-y divide-stone-100 text-sm">
                  {quiz.questions.slice(0, 10).map((question) => (
                    <li key={question.quizItemId} className="flex gap-3 py-2">
                      <span className="flex-1">{question.prompt}</span>
                      <span className="tabular-nums text-stone-600">
                        {question.wrong} of {question.answered} wrong
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          </div>
        </Panel>
      )}

      <Panel title={`Hardest cards (last ${DASHBOARD_WINDOW_DAYS} days)`}>
        {hardest.length === 0 ? (
          <EmptyState title="No reviews yet">Cards appear here once students start reviewing.</EmptyState>
        ) : (
          <ol className="divide-y divide-stone-100">
            {hardest.map((card) => (
              <li key={card.cardId} className="flex flex-wrap items-center gap-4 py-2">
                <p className="min-w-0 flex-1 text-stone-900">{card.front}</p>
                <span className="text-sm tabular-nums text-stone-600">
                  {card.failures} of {card.reviews} forgotten
                </span>
                <span className={`w-14 text-right font-semibold tabular-nums ${(card.failRate ?? 0) >= 0.3 ? "text-red-700" : "text-stone-800"}`}>{percent(card.failRate ?? 0)}</span>
                {assignment.canEditDeck && (
                  <Link href={`/documents/${assignment.documentId}`} className="text-sm font-medium text-brand-700 underline" aria-label={`Edit the card “${card.front}”`}>
                    Edit
                  </Link>
                )}
              </li>
            ))}
          </ol>
        )}
      </Panel>
    </>
  );
}
