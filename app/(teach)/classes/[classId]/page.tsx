import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/auth";
import { dateKeyIn } from "@/lib/classroom/due-date";
import { listAssignableDecks } from "@/lib/data/assignments";
import { getClassForTeacher } from "@/lib/data/classes";
import { NotFoundError } from "@/lib/data/errors";
import { JoinCodeCard } from "@/components/classroom/join-code-card";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import { AssignDeckForm } from "./_components/assign-deck-form";
import { ArchiveClassButton, NewCodeButton, RemoveAssignmentButton, RemoveStudentButton, RenameClassForm } from "./_components/class-admin";

export const metadata: Metadata = { title: "Class" };

async function siteOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return new URL(process.env.NEXTAUTH_URL).origin;
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const proto = list.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const viewer = await requireTeacher(`/classes/${classId}`);
  const [detail, decks] = await Promise.all([
    getClassForTeacher(viewer, classId).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    listAssignableDecks(viewer),
  ]);
  const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: viewer.timeZone, dateStyle: "medium" });
  const joinUrl = `${await siteOrigin()}/join?code=${detail.joinCode}`;
  const archived = detail.archivedAt !== null;
  const assignedIds = new Set(detail.assignments.map((a) => a.deckId));

  return (
    <>
      <PageHeader
        title={detail.name}
        description={`${detail.students.length} ${detail.students.length === 1 ? "student" : "students"}${archived ? " · archived" : ""}`}
        action={
          <Link href="/classes" className="text-sm font-medium text-brand-700 underline">
            All classes
          </Link>
        }
      />
      {archived && (
        <p className="mb-6 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900">
          This class is archived: nobody can join it and its assignments are hidden from students. Restore it to use it again.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[1.4fr_1fr]">
        <div className="space-y-6">
          <Panel title="Invite students">
            {archived ? (
              <p className="text-sm text-stone-600">Restore the class to show its join code.</p>
            ) : (
              <JoinCodeCard code={detail.joinCode} joinUrl={joinUrl}>
                <NewCodeButton classId={detail.id} />
              </JoinCodeCard>
            )}
          </Panel>

          <Panel title="Assigned decks">
            {detail.assignments.length === 0 ? (
              <EmptyState title="Nothing assigned yet">Assign a deck below: it goes straight into every student&apos;s studies.</EmptyState>
            ) : (
              <ul className="divide-y divide-stone-100">
                {detail.assignments.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center gap-3 py-3">
                    <div className="min-w-0 flex-1">
                      <Link href={`/classes/${detail.id}/assignments/${a.id}`} className="font-medium text-stone-900 hover:underline">
                        {a.deckTitle}
                      </Link>
                      <p className="text-sm text-stone-500">
                        {a.cardCount} cards · due {dateFormat.format(a.dueAt)}
                        {a.targetRecall !== null && ` · target recall ${Math.round(a.targetRecall * 100)}%`}
                      </p>
                    </div>
                    <Link href={`/classes/${detail.id}/assignments/${a.id}`} className="text-sm font-medium text-brand-700 underline" aria-label={`Results for ${a.deckTitle}`}>
                      Results
                    </Link>
                    <RemoveAssignmentButton assignmentId={a.id} deckTitle={a.deckTitle} />
                  </li>
                ))}
              </ul>
            )}
          </Panel>

          {!archived && (
            <Panel title="Assign a deck">
              <AssignDeckForm classId={detail.id} decks={decks.filter((deck) => !assignedIds.has(deck.id))} today={dateKeyIn(new Date(), viewer.timeZone)} />
            </Panel>
          )}
        </div>

        <div className="space-y-6">
          <Panel title="Students">
            {detail.students.length === 0 ? (
              <EmptyState title="No students yet">Share the join code or link; students appear here as they join.</EmptyState>
            ) : (
              <ul className="divide-y divide-stone-100">
                {detail.students.map((student) => (
                  <li key={student.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <div className="min-w-0">
                      <p className="truncate font-medium text-stone-900">{student.name}</p>
                      <p className="truncate text-sm text-stone-500">{student.email}</p>
                    </div>
                    <RemoveStudentButton classId={detail.id} userId={student.userId} name={student.name} />
                  </li>
                ))}
              </ul>
            )}
          </Panel>

          <Panel title="Settings">
            <div className="space-y-4">
              <RenameClassForm classId={detail.id} name={detail.name} />
              <div className="border-t border-stone-100 pt-4">
                <ArchiveClassButton classId={detail.id} archived={archived} />
              </div>
            </div>
          </Panel>
        </div>
      </div>
    </>
  );
}
