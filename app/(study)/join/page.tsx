import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { listMyClasses } from "@/lib/data/classes";
import { PageHeader, Panel } from "@/components/ui/panel";
import { JoinForm } from "./_components/join-form";
import { LeaveClassButton } from "./_components/leave-class-button";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const raw = (await searchParams).code;
  const code = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 16) ?? "";
  const viewer = await requireUser(code ? `/join?code=${encodeURIComponent(code)}` : "/join");
  if (viewer.role === "TEACHER") {
    return (
      <>
        <PageHeader title="Join a class" />
        <Panel>
          <p className="text-stone-700">This page is for students. Teachers share their class code from the class page; to try the student side, sign in with a student account.</p>
        </Panel>
      </>
    );
  }
  const { joined } = await listMyClasses(viewer);
  return (
    <>
      <PageHeader title="Join a class" description="Enter the code from your teacher. The decks your class is studying go straight into your reviews." />
      <div className="grid gap-6 lg:grid-cols-[1.4fr_1fr]">
        <Panel>
          <JoinForm code={code} />
        </Panel>
        <Panel title="Your classes">
          {joined.length === 0 ? (
            <p className="text-sm text-stone-600">You have not joined a class yet.</p>
          ) : (
            <ul className="divide-y divide-stone-100">
              {joined.map((row) => (
                <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <div>
                    <p className="font-medium text-stone-900">{row.name}</p>
                    <p className="text-sm text-stone-500">{row.teacherName}</p>
                  </div>
                  <LeaveClassButton classId={row.id} name={row.name} />
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </>
  );
}
