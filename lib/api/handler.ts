import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { getSessionIdentity, getViewer } from "@/lib/auth";
import { AppError, ConflictError, RateLimitedError } from "@/lib/data/errors";
import type { Viewer } from "@/lib/data/viewer";

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: message, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

export function zodMessage(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}

/** Reads a JSON body; a malformed one is the client's mistake (400), not ours. */
export async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: NextResponse }> {
  try {
    return { ok: true, value: await request.json() };
  } catch {
    return { ok: false, response: jsonError(400, "The request body must be valid JSON.") };
  }
}

function errorResponse(error: unknown): Response {
  if (error instanceof ConflictError) return jsonError(409, error.message, { current: error.details ?? null });
  if (error instanceof RateLimitedError) return jsonError(429, error.message, { retryAfterSeconds: error.retryAfterSeconds });
  if (error instanceof AppError) return jsonError(error.status, error.message);
  console.error(error);
  return jsonError(500, "Something went wrong on our side. Nothing was saved; please try again.");
}

/** Signed-in JSON routes: 401 for guests, typed data errors as their status, anything else a 500 without details. */
export function withViewer<C>(handler: (request: Request, viewer: Viewer, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    const viewer = await getViewer();
    if (!viewer) return jsonError(401, "Sign in to continue.");
    try {
      return await handler(request, viewer, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Like withViewer, for hot routes whose data function checks the session's token version in its own query. */
export function withSession<C>(handler: (request: Request, session: { id: string; tokenVersion: number }, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    const session = await getSessionIdentity();
    if (!session) return jsonError(401, "Sign in to continue.");
    try {
      return await handler(request, session, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
