import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One pool per process, shared by Prisma and the hot paths' raw queries: Next bundles route handlers and
// server components separately, and each bundle would otherwise open its own pool.
const globalForDb = globalThis as unknown as { groundworkPool?: pg.Pool; groundworkPrisma?: PrismaClient };

function getPool(): pg.Pool {
  if (!globalForDb.groundworkPool) {
    const pool = new pg.Pool({
      connectionString: getEnv().DATABASE_URL,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: 5_000,
    });
    // An idle connection the server drops (a restart, an administrator) is discarded by the pool and
    // replaced on the next query; without a listener the error would end the process.
    pool.on("error", (error) => console.error(`Database connection lost: ${error.message}`));
    globalForDb.groundworkPool = pool;
  }
  return globalForDb.groundworkPool;
}

function getClient(): PrismaClient {
  if (!globalForDb.groundworkPrisma) {
    globalForDb.groundworkPrisma = new PrismaClient({ adapter: new PrismaPg(getPool()) });
  }
  return globalForDb.groundworkPrisma;
}

// Created on first use, so importing this module never needs a database (next build, tests of pure code).
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

// Prisma keeps DateTime columns as `timestamp without time zone` holding UTC. Read them as UTC and send
// dates as UTC ISO strings, whatever the server's own time zone is.
const TIMESTAMP_OID = 1114;
const TIMESTAMP_ARRAY_OID = 1115;
const TEXT_ARRAY_OID = 1009;
const parseUtcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);
const rawTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === TIMESTAMP_OID) return parseUtcTimestamp;
    if (oid === TIMESTAMP_ARRAY_OID) {
      const parseTextArray = (pg.types.getTypeParser as (oid: number) => (value: string) => (string | null)[])(TEXT_ARRAY_OID);
      return (value: string) => parseTextArray(value).map((item) => (item === null ? null : parseUtcTimestamp(item)));
    }
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toParameter);
  return value;
}

/**
 * Runs a `Prisma.sql` query on the shared pool directly, as a named prepared statement: each connection
 * parses and plans a given text once, and rows come back as plain objects without Prisma's result
 * mapping. For the hot paths (a grade, the review queue, the session check), where that overhead is
 * most of the cost. Column types are Postgres's own: cast counts to int and enums to text in the SQL.
 */
export async function queryRows<T>(query: Prisma.Sql): Promise<T[]> {
  const text = query.text;
  const name = `gw_${createHash("sha1").update(text).digest("base64url").slice(0, 20)}`;
  const result = await getPool().query({ name, text, values: query.values.map(toParameter), types: rawTypes });
  return result.rows as T[];
}

/** Ends Prisma and the pool (scripts and test files that must let the process exit). */
export async function closeDatabase(): Promise<void> {
  const { groundworkPrisma: client, groundworkPool: pool } = globalForDb;
  globalForDb.groundworkPrisma = undefined;
  globalForDb.groundworkPool = undefined;
  await client?.$disconnect();
  await pool?.end();
}
