import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, queryRows } from "@/lib/db";
import { ConflictError, InvalidInputError } from "@/lib/data/errors";
import { viewerColumns, type Viewer } from "@/lib/data/viewer";
import { describePasswordProblem, hashPassword, verifyPassword } from "@/lib/passwords";
import { isValidTimeZone } from "@/lib/time-zone";
import type { SignUpInput } from "@/lib/validation/user";

export const DEMO_PASSWORD = "groundwork-demo";
export const DEMO_ACCOUNTS = [
  { email: "teacher@groundwork.test", name: "Demo Teacher", role: "TEACHER" },
  { email: "learner@groundwork.test", name: "Demo Learner", role: "LEARNER" },
] as const;

export type SessionIdentity = { id: string; tokenVersion: number };

export async function createUser(input: SignUpInput): Promise<SessionIdentity> {
  const problem = describePasswordProblem(input.password, { email: input.email, name: input.name });
  if (problem) throw new InvalidInputError(problem, { password: [problem] });
  const timeZone = input.timeZone && isValidTimeZone(input.timeZone) ? input.timeZone : "UTC";
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, role: input.role, timeZone, passwordHash },
      select: { id: true, tokenVersion: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const message = "An account with this email already exists. Sign in instead.";
      throw new ConflictError(message, { email: [message] });
    }
    throw error;
  }
}

/** The user whose email and password match, or null. Runs a hash even for unknown emails so timing reveals nothing. */
export async function verifyCredentials(email: string, password: string): Promise<SessionIdentity | null> {
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, tokenVersion: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    await hashPassword(password);
    return null;
  }
  const matches = await verifyPassword(password, user.passwordHash);
  return matches ? { id: user.id, tokenVersion: user.tokenVersion } : null;
}

/**
 * The viewer for a session, or null when the user is gone or the session was ended everywhere. Every
 * signed-in page and API call starts here, so it is one prepared statement on the pool.
 */
export async function getViewerForSession(userId: string, tokenVersion: number): Promise<Viewer | null> {
  const rows = await queryRows<Viewer>(Prisma.sql`
    SELECT ${viewerColumns} FROM "User" WHERE id = ${userId} AND "tokenVersion" = ${tokenVersion}`);
  return rows[0] ?? null;
}

/** The two demo accounts of the embedded database; existing ones are left as they are. */
export async function ensureDemoUsers(): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const exists = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    await db.user.create({ data: { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) } });
  }
}

/** OAuth sign-ins (GitHub, Google) map to a Groundwork user by email; new ones start as learners. */
export async function findOrCreateOAuthUser(profile: { email: string; name: string }): Promise<SessionIdentity> {
  const email = profile.email.toLowerCase();
  if (!email) throw new InvalidInputError("Your account with that provider has no email address.");
  return db.user.upsert({
    where: { email },
    update: {},
    create: { email, name: profile.name || email.split("@")[0] || "Learner", role: "LEARNER" },
    select: { id: true, tokenVersion: true },
  });
}

/** Bumps the token version, so every session issued before now is refused. */
export async function endAllSessions(viewer: Viewer): Promise<void> {
  await db.user.update({ where: { id: viewer.id }, data: { tokenVersion: { increment: 1 } } });
}
