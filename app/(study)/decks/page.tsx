import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { listLeeches, listStudyDecks } from "@/lib/data/decks";
import { LeechList } from "@/components/deck/leech-list";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "My decks" };

export default async function DecksPage() {
  const viewer = await requireUser("/decks");
  const [{ decks }, leeches] = await Promise.all([listStudyDecks(viewer, new Date()), listLeeches(viewer)]);
  return (
    <>
      <PageHeader title="My decks" description="The decks you are studying and what each has for you today." action={<ButtonLink href="/library" variant="secondary">Browse the library</ButtonLink>} />
      {decks.length === 0 ? (
        <EmptyState title="You are not studying any deck yet">
          <Link href="/library" className="font-medium text-brand-700 underline">
            Pick one from the library
          </Link>{" "}
          to get started.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm">
          {decks.map((deck) => (
            <li key={deck.id} className="flex flex-wrap items-center gap-4 px-5 py-4">
              <div className="min-w-0 flex-1">
                <Link href={`/decks/${deck.id}`} className="font-medium text-stone-900 hover:underline">
                  {deck.title}
                </Link>
                <p className="text-sm text-stone-500">{deck.cardCount} cards</p>
              </div>
              <dl className="flex gap-6 text-center text-sm">
                <div>
                  <dt className="text-stone-500">Due</dt>
                  <dd className="text-lg font-semibold text-brand-700">{deck.dueNow}</dd>
                </div>
                <div>
                  <dt className="text-stone-500">New</dt>
                  <dd className="text-lg font-semibold text-sky-700">{deck.newAvailable}</dd>
                </div>
              </dl>
              <ButtonLink href={`/review?deck=${deck.id}`} size="sm" aria-label={`Review ${deck.title}`} variant={deck.dueNow + deck.newAvailable > 0 ? "primary" : "secondary"}>
                Review
              </ButtonLink>
            </li>
          ))}
        </ul>
      )}
      {leeches.length > 0 && (
        <Panel title="Cards you keep forgetting" className="mt-8">
          <p className="mb-3 text-sm text-stone-600">
            These cards were forgotten 8 times or more, so they are suspended. A card that never sticks is often badly worded: rewrite it, or unsuspend it to try again.
          </p>
          <LeechList items={leeches} />
        </Panel>
      )}
    </>
  );
}
