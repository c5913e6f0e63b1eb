import { NextResponse } from "next/server";
import { jsonError, readJson, withViewer, zodMessage } from "@/lib/api/handler";
import { undoReview } from "@/lib/data/reviews";
import { UndoInput } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

export const POST = withViewer(async (request, viewer) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = UndoInput.safeParse(body.value ?? {});
  if (!parsed.success) return jsonError(400, zodMessage(parsed.error));
  return NextResponse.json(await undoReview(viewer, parsed.data.reviewId, new Date()));
});
