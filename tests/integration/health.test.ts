import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

/** Calls the real /api/health handler in a fresh process, pointed at the given database. */
async function healthWith(databaseUrl: string) {
  const script = `
    const { GET } = await import(${JSON.stringify(path.resolve("app/api/health/route.ts"))});
    const response = await GET();
    console.log(JSON.stringify({ status: response.status, body: await response.json() }));
    process.exit(0);`;
  const { stdout } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", script], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    cwd: path.resolve("."),
  });
  return JSON.parse(stdout.trim().split("\n").pop()!) as { status: number; body: unknown };
}

describe("the health endpoint", () => {
  it("answers ok when Postgres answers", async () => {
    expect(await healthWith(process.env.DATABASE_URL!)).toEqual({ status: 200, body: { status: "ok", database: "ok" } });
  });

  it("answers 503 with the database unreachable when Postgres is down", async () => {
    expect(await healthWith("postgresql://postgres:postgres@127.0.0.1:1/nothing")).toEqual({
      status: 503,
      body: { status: "degraded", database: "unreachable" },
    });
  });
});
