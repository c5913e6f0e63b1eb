import { NextResponse } from "next/server";
import { jsonError, readJson, withSession, zodMessage } from "@/lib/api/handler";
import { recordReview } from "@/lib/data/reviews";
import { ReviewInput } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

// One grade costs two database round trips: the read (session check, settings, card, state, replay)
// and the single write statement. The session cookie itself is verified without the database.
export const POST = withSession(async (request, session) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = ReviewInput.safeParse(body.value);
  if (!parsed.success) return jsonError(400, zodMessage(parsed.error));
  const { cardId, grade, reviewId, version, durationMs } = parsed.data;
  const outcome = await recordReview(session, { cardId, grade, clientReviewId: reviewId, expectedVersion: version, durationMs }, new Date());
  return NextResponse.json(outcome, { status: outcome.replayed ? 200 : 201 });
});
