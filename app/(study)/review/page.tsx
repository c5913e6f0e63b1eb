import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { getDeck } from "@/lib/data/decks";
import { getReviewQueue } from "@/lib/data/reviews";
import { ReviewSession } from "@/components/review/review-session";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ deck?: string | string[] }> }) {
  const { deck } = await searchParams;
  const deckId = typeof deck === "string" && deck.length > 0 && deck.length <= 100 ? deck : null;
  const viewer = await requireUser(deckId ? `/review?deck=${deckId}` : "/review");
  const [queue, deckTitle] = await Promise.all([
    getReviewQueue(viewer, { deckId: deckId ?? undefined, limit: 100 }, new Date()),
    deckId ? getDeck(viewer, deckId).then((d) => d.title).catch(() => null) : Promise.resolve(null),
  ]);
  return (
    <ReviewSession
      key={deckId ?? "all"}
      deckId={deckId}
      deckTitle={deckTitle}
      initial={{ cards: queue.cards, counts: queue.counts, nextLearningDue: queue.nextLearningDue?.toISOString() ?? null }}
    />
  );
}
