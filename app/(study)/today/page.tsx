import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { listStudyDecks } from "@/lib/data/decks";
import { listMyAssignments } from "@/lib/data/assignments";
import { getStreak } from "@/lib/data/progress";
import { AssignmentList } from "@/components/classroom/assignment-list";
import { getCatchUpPlan } from "@/lib/data/reviews";
import { CatchUpPanel } from "./_components/catch-up-panel";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const viewer = await requireUser("/today");
  const now = new Date();
  const [{ decks, newToday: fresh }, streak, catchUp, assignments] = await Promise.all([
    listStudyDecks(viewer, now),
    getStreak(viewer, now),
    getCatchUpPlan(viewer, now),
    listMyAssignments(viewer, now),
  ]);
  const dueFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: viewer.timeZone });
  const due = decks.reduce((sum, deck) => sum + deck.dueNow, 0);
  const firstName = viewer.name.split(" ")[0] ?? viewer.name;
  return (
    <>
      <PageHeader title={`Hello, ${firstName}`} description={due + fresh > 0 ? "Here is what is waiting for you today." : "You are all caught up."} />
      {catchUp && (
        <div className="mb-6">
          <CatchUpPanel overdue={catchUp.overdue} dailyCap={catchUp.dailyCap} days={catchUp.days} clearedOn={catchUp.clearedOn.toISOString()} />
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[1.4fr_1fr]">
        <Panel>
          <div className="flex flex-wrap items-center gap-8">
            <dl className="flex gap-10">
              <div>
                <dt className="text-sm text-stone-500">Due now</dt>
                <dd className="text-4xl font-semibold text-brand-700" data-testid="due-count">
                  {due}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-stone-500">New cards</dt>
                <dd className="text-4xl font-semibold text-sky-700" data-testid="new-count">
                  {fresh}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-stone-500">Streak</dt>
                <dd className="text-4xl font-semibold text-amber-600" data-testid="streak">
                  {streak.current}
                  <span className="ml-1 text-base font-normal text-stone-500">{streak.current === 1 ? "day" : "days"}</span>
                </dd>
              </div>
            </dl>
            <div className="ml-auto">
              {due + fresh > 0 ? (
                <ButtonLink href="/review" size="lg">
                  Start today&apos;s review
                </ButtonLink>
              ) : (
                <p className="text-stone-600">Nothing due. Come back tomorrow, or add a deck from the library.</p>
              )}
            </div>
          </div>
        </Panel>
        <Panel title="Your decks" action={<Link href="/library" className="text-sm font-medium text-brand-700 underline">Library</Link>}>
          {decks.length === 0 ? (
            <EmptyState title="No decks yet">
              <Link href="/library" className="font-medium text-brand-700 underline">
                Add one from the library
              </Link>
            </EmptyState>
          ) : (
            <ul className="divide-y divide-stone-100">
              {decks.map((deck) => (
                <li key={deck.id} className="flex items-center justify-between gap-3 py-2">
                  <Link href={`/review?deck=${deck.id}`} className="truncate text-stone-800 hover:underline" aria-label={`Review ${deck.title}: ${deck.dueNow} due, ${deck.newAvailable} new`}>
                    {deck.title}
                  </Link>
                  <span className="shrink-0 text-sm text-stone-500">
                    <span className="font-medium text-brand-700">{deck.dueNow}</span> due · <span className="font-medium text-sky-700">{deck.newAvailable}</span> new
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        {assignments.length > 0 && (
          <Panel title="Assignments" className="lg:col-span-2">
            <AssignmentList items={assignments.map((item) => ({ ...item, dueLabel: dueFormat.format(item.dueAt) }))} />
          </Panel>
        )}
      </div>
    </>
  );
}
