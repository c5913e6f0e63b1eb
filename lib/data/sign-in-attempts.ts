import "server-only";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/data/errors";

export const MAX_FAILED_SIGN_INS = 5;
export const SIGN_IN_WINDOW_MS = 60_000;

/** Throws RateLimitedError after 5 failures in a minute for one email from one address (counted in Postgres). */
export async function assertSignInAllowed(email: string, ip: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const failures = await db.signInAttempt.findMany({
    where: { email: email.toLowerCase(), ip, succeeded: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: MAX_FAILED_SIGN_INS,
    select: { createdAt: true },
  });
  if (failures.length < MAX_FAILED_SIGN_INS) return;
  const oldest = failures[failures.length - 1]!.createdAt.getTime();
  const retryAfter = Math.max(1, Math.ceil((oldest + SIGN_IN_WINDOW_MS - now.getTime()) / 1000));
  throw new RateLimitedError(retryAfter);
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean, now: Date): Promise<void> {
  await db.signInAttempt.create({ data: { email: email.toLowerCase(), ip, succeeded, createdAt: now } });
}
