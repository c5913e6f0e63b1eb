import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getCardSource } from "@/lib/data/decks";
import { NotFoundError } from "@/lib/data/errors";
import { DocumentView } from "@/components/deck/document-view";

export const metadata: Metadata = { title: "Source" };

export default async function CardSourcePage({ params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  const viewer = await requireUser(`/cards/${cardId}/source`);
  const source = await getCardSource(viewer, cardId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <article className="mx-auto max-w-3xl rounded-2xl border border-stone-200 bg-white p-8 shadow-sm">
      <p className="text-sm text-stone-500">
        From <Link href={`/decks/${source.deckId}`} className="underline">{source.deckTitle}</Link> · {source.section}
      </p>
      <DocumentView markdown={source.markdown} highlight={source.excerpt} />
    </article>
  );
}
