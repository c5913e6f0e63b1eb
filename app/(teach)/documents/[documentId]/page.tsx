import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/auth";
import { getOwnedDocument } from "@/lib/data/documents";
import { NotFoundError } from "@/lib/data/errors";
import { PageHeader } from "@/components/ui/panel";
import { DeckEditor } from "../_components/deck-editor";

export const metadata: Metadata = { title: "Document" };

export default async function DocumentPage({ params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const viewer = await requireTeacher(`/documents/${documentId}`);
  const doc = await getOwnedDocument(viewer, documentId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        title={doc.title}
        description={`${doc.deck.cards.length} cards · ${doc.deck.quiz.length} quiz questions · ${doc.deck.status === "PUBLISHED" ? "published" : "draft"}`}
        action={
          <Link href={`/decks/${doc.deck.id}`} className="text-sm font-medium text-brand-700 underline">
            View as a learner
          </Link>
        }
      />
      <DeckEditor documentId={doc.id} deckId={doc.deck.id} published={doc.deck.status === "PUBLISHED"} cards={doc.deck.cards} quiz={doc.deck.quiz} />
    </>
  );
}
