import { NextResponse } from "next/server";
import { jsonError, readJson, withViewer, zodMessage } from "@/lib/api/handler";
import { recordReview } from "@/lib/data/reviews";
import { ReviewInput } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

export const POST = withViewer(async (request, viewer) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = ReviewInput.safeParse(body.value);
  if (!parsed.success) return jsonError(400, zodMessage(parsed.error));
  const { cardId, grade, reviewId, version, durationMs } = parsed.data;
  const outcome = await recordReview(viewer, { cardId, grade, clientReviewId: reviewId, expectedVersion: version, durationMs }, new Date());
  return NextResponse.json(outcome, { status: outcome.replayed ? 200 : 201 });
});
