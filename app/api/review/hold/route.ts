import { NextResponse } from "next/server";
import { jsonError, readJson, withViewer, zodMessage } from "@/lib/api/handler";
import { setCardHold } from "@/lib/data/reviews";
import { HoldInput } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

export const POST = withViewer(async (request, viewer) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = HoldInput.safeParse(body.value);
  if (!parsed.success) return jsonError(400, zodMessage(parsed.error));
  return NextResponse.json(await setCardHold(viewer, parsed.data.cardId, parsed.data.action, new Date()));
});
