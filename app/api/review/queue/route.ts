import { NextResponse } from "next/server";
import { jsonError, withViewer, zodMessage } from "@/lib/api/handler";
import { getReviewQueue } from "@/lib/data/reviews";
import { QueueQuery } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

export const GET = withViewer(async (request, viewer) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = QueueQuery.safeParse(params);
  if (!parsed.success) return jsonError(400, zodMessage(parsed.error));
  const queue = await getReviewQueue(viewer, { deckId: parsed.data.deck, limit: parsed.data.limit }, new Date());
  return NextResponse.json(queue, { headers: { "Cache-Control": "no-store" } });
});
