import { describe, expect, it } from "vitest";
import { ConflictError, InvalidInputError, RateLimitedError } from "@/lib/data/errors";
import { checkDatabase } from "@/lib/data/health";
import { assertSignInAllowed, recordSignInAttempt } from "@/lib/data/sign-in-attempts";
import { createUser, endAllSessions, ensureDemoUsers, getViewerForSession, verifyCredentials } from "@/lib/data/users";
import { db } from "@/lib/db";

const newLearner = { name: "Ada", email: "ada@example.com", password: "copper kettle rides", role: "LEARNER" as const, timeZone: "Europe/London" };

describe("accounts", () => {
  it("the health check sees the database", async () => {
    expect(await checkDatabase()).toBe(true);
  });

  it("signs up a learner with a hashed password and the browser's time zone", async () => {
    const identity = await createUser(newLearner);
    const row = await db.user.findUniqueOrThrow({ where: { id: identity.id } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(row.passwordHash).not.toContain(newLearner.password);
    expect(row.timeZone).toBe("Europe/London");
    expect(row.rolloverHour).toBe(4);
    expect(row.desiredRetention).toBeCloseTo(0.9);
  });

  it("refuses a second account with the same email", async () => {
    await createUser(newLearner);
    await expect(createUser({ ...newLearner, name: "Other" })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.user.count()).toBe(1);
  });

  it("refuses a common password and writes nothing", async () => {
    await expect(createUser({ ...newLearner, password: "password123" })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.user.count()).toBe(0);
  });

  it("matches the right password only", async () => {
    await createUser(newLearner);
    expect(await verifyCredentials("ADA@example.com", newLearner.password)).not.toBeNull();
    expect(await verifyCredentials("ada@example.com", "wrong password")).toBeNull();
    expect(await verifyCredentials("nobody@example.com", newLearner.password)).toBeNull();
  });

  it("ending all sessions makes every earlier session invalid", async () => {
    const identity = await createUser(newLearner);
    const viewer = await getViewerForSession(identity.id, identity.tokenVersion);
    expect(viewer?.email).toBe("ada@example.com");
    await endAllSessions(viewer!);
    expect(await getViewerForSession(identity.id, identity.tokenVersion)).toBeNull();
    expect(await getViewerForSession(identity.id, identity.tokenVersion + 1)).not.toBeNull();
  });

  it("creates the two demo accounts once", async () => {
    await ensureDemoUsers();
    await ensureDemoUsers();
    const users = await db.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ["learner@groundwork.test", "LEARNER"],
      ["teacher@groundwork.test", "TEACHER"],
    ]);
    expect(await verifyCredentials("teacher@groundwork.test", "groundwork-demo")).not.toBeNull();
  });
});

describe("sign-in lock-out", () => {
  const now = new Date("2026-11-22T10:00:00Z");

  it("locks an email and address after five failures within a minute, with the wait in seconds", async () => {
    for (let i = 0; i < 5; i++) await recordSignInAttempt("ada@example.com", "10.0.0.1", false, new Date(now.getTime() - 20_000 + i * 1000));
    const error = await assertSignInAllowed("ada@example.com", "10.0.0.1", now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(40);
    expect((error as RateLimitedError).message).toBe("Too many attempts. Try again in 40 seconds.");
  });

  it("does not lock another address or another email", async () => {
    for (let i = 0; i < 5; i++) await recordSignInAttempt("ada@example.com", "10.0.0.1", false, now);
    await expect(assertSignInAllowed("ada@example.com", "10.0.0.2", now)).resolves.toBeUndefined();
    await expect(assertSignInAllowed("bob@example.com", "10.0.0.1", now)).resolves.toBeUndefined();
  });

  it("lets people in again once the minute has passed", async () => {
    for (let i = 0; i < 5; i++) await recordSignInAttempt("ada@example.com", "10.0.0.1", false, now);
    await expect(assertSignInAllowed("ada@example.com", "10.0.0.1", new Date(now.getTime() + 61_000))).resolves.toBeUndefined();
  });
});
