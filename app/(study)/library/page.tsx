import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { listLibraryDecks } from "@/lib/data/study";
import { StudyToggle } from "@/components/deck/study-toggle";
import { EmptyState, PageHeader } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Library" };

export default async function LibraryPage() {
  const viewer = await requireUser("/library");
  const decks = await listLibraryDecks(viewer);
  return (
    <>
      <PageHeader title="Library" description="Published decks from the built-in library and from teachers. Add one to your studies and its cards join your daily review." />
      {decks.length === 0 ? (
        <EmptyState title="No published decks yet" />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {decks.map((deck) => (
            <li key={deck.id} className="flex flex-col rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
              <div className="flex items-start justify-between gap-3">
                <h2 className="font-semibold text-stone-900">
                  <Link href={`/decks/${deck.id}`} className="hover:underline">
                    {deck.title}
                  </Link>
                </h2>
                <span className="shrink-0 rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-600">{deck.builtIn ? "Built-in" : `By ${deck.ownerName}`}</span>
              </div>
              {deck.description && <p className="mt-2 text-sm text-stone-600">{deck.description}</p>}
              <p className="mt-3 text-sm text-stone-500">
                {deck.cardCount} cards · {deck.quizCount} quiz questions
              </p>
              <div className="mt-4">
                <StudyToggle deckId={deck.id} deckTitle={deck.title} inStudies={deck.inStudies} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
