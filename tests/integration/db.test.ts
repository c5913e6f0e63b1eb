import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("the shared connection pool", () => {
  // In a process of its own that only uses queryRows (as a server answering grades may), so Prisma has
  // attached nothing to the pool.
  it("survives the database dropping an idle connection, and the next query works", async () => {
    const script = `
      const pg = (await import("pg")).default;
      const { Prisma } = await import(${JSON.stringify(path.resolve("generated/prisma/client.ts"))});
      const { queryRows } = await import(${JSON.stringify(path.resolve("lib/db.ts"))});
      const [{ pid }] = await queryRows(Prisma.sql\`SELECT pg_backend_pid() AS pid\`);
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      await admin.end();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const rows = await queryRows(Prisma.sql\`SELECT 41 + 1 AS answer\`);
      console.log(JSON.stringify(rows));
      process.exit(0);`;
    const { stdout, stderr } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env },
      cwd: path.resolve("."),
    });
    expect(JSON.parse(stdout.trim().split("\n").pop()!)).toEqual([{ answer: 42 }]);
    expect(stderr).toMatch(/Database connection lost/);
  });
});
