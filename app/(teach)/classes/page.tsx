import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "@/lib/auth";
import { listMyClasses } from "@/lib/data/classes";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import { CreateClassForm } from "./_components/create-class-form";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const viewer = await requireTeacher("/classes");
  const { teaching } = await listMyClasses(viewer);
  return (
    <>
      <PageHeader title="Classes" description="Give students a code to join, assign decks, and see what each of them remembers." />
      <div className="grid gap-6 lg:grid-cols-[1.6fr_1fr]">
        <section aria-labelledby="my-classes">
          <h2 id="my-classes" className="sr-only">
            Your classes
          </h2>
          {teaching.length === 0 ? (
            <EmptyState title="No classes yet">Create one, then share its join code with your students.</EmptyState>
          ) : (
            <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm">
              {teaching.map((row) => (
                <li key={row.id} className={`flex flex-wrap items-center gap-4 px-5 py-4 ${row.archivedAt ? "bg-stone-50" : ""}`}>
                  <Link href={`/classes/${row.id}`} className="flex-1 font-medium text-stone-900 hover:underline">
                    {row.name}
                  </Link>
                  <span className="text-sm text-stone-500">
                    {row.memberCount} {row.memberCount === 1 ? "student" : "students"} · {row.assignmentCount} {row.assignmentCount === 1 ? "deck" : "decks"}
                  </span>
                  {row.archivedAt ? (
                    <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs text-stone-700">Archived</span>
                  ) : (
                    <span className="font-mono text-sm tracking-widest text-stone-700" aria-label={`Join code ${row.joinCode.split("").join(" ")}`}>
                      {row.joinCode}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <Panel title="New class">
          <CreateClassForm />
        </Panel>
      </div>
    </>
  );
}
