// The database the app (or a test run) talks to: DATABASE_URL when set, else embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkDatabaseUrl } from "./database-url.mts";
import { resolveDataDir, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres.mts";
import { run } from "./run.mts";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
const prismaCli = path.join(projectRoot, "node_modules", "prisma", "build", "index.js");

export class StartupError extends Error {}

export type AppDatabase = { url: string; embedded: EmbeddedServer | null; secretFile: string | null };

export async function openAppDatabase(label: "app" | "test", databaseName: string): Promise<AppDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const problem = await checkDatabaseUrl(external);
    if (problem) throw new StartupError(problem);
    return { url: external, embedded: null, secretFile: null };
  }
  const folder = label === "app" ? "postgres" : "test-postgres";
  const { dir, note } = resolveDataDir(path.join(projectRoot, ".data", folder), label);
  if (note) console.log(note);
  const embedded = await startEmbeddedPostgres({ dataDir: dir });
  await embedded.ensureDatabase(databaseName);
  return { url: embedded.urlFor(databaseName), embedded, secretFile: path.join(dir, "groundwork-auth-secret") };
}

/** The embedded path keeps its own session secret next to its data, so sessions survive restarts. */
export function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

export async function migrateDatabase(url: string): Promise<void> {
  const result = await run(process.execPath, [prismaCli, "migrate", "deploy"], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: url },
  });
  if (result.code !== 0) {
    const detail = result.output.split("\n").filter((line) => /error|P\d{4}/i.test(line)).slice(0, 3).join(" ");
    throw new StartupError(`Applying migrations failed: ${detail || "see `npx prisma migrate status`"}`);
  }
}
