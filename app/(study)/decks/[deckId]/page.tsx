import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getDeck } from "@/lib/data/decks";
import { NotFoundError } from "@/lib/data/errors";
import { StudyToggle } from "@/components/deck/study-toggle";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Deck" };

export default async function DeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const { deckId } = await params;
  const viewer = await requireUser(`/decks/${deckId}`);
  const deck = await getDeck(viewer, deckId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        title={deck.title}
        description={deck.description || `${deck.cards.length} cards · ${deck.quizCount} quiz questions`}
        action={
          <div className="flex flex-wrap items-start gap-2">
            {deck.inStudies && (
              <ButtonLink href={`/review?deck=${deck.id}`} aria-label={`Review ${deck.title}`}>
                Review
              </ButtonLink>
            )}
            {deck.inStudies && deck.quizCount > 0 && (
              <ButtonLink href={`/quiz?deck=${deck.id}`} variant="secondary" aria-label={`Take a quiz on ${deck.title}`}>
                Take a quiz
              </ButtonLink>
            )}
            {deck.isOwner && (
              <ButtonLink href={`/documents/${deck.documentId}`} variant="secondary">
                Edit cards
              </ButtonLink>
            )}
            <StudyToggle deckId={deck.id} deckTitle={deck.title} inStudies={deck.inStudies} />
          </div>
        }
      />
      <ol className="space-y-3">
        {deck.cards.map((card, index) => (
          <li key={card.id} id={`card-${card.id}`} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
            <div className="flex items-center justify-between gap-3 text-xs text-stone-500">
              <span>
                {index + 1}. {card.section}
              </span>
              <span className="rounded-full bg-stone-100 px-2 py-0.5">{card.kind.toLowerCase().replaceAll("_", " ")}</span>
            </div>
            <p className="mt-2 font-medium text-stone-900">{card.front}</p>
            <p className="mt-1 text-stone-700">{card.back}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
