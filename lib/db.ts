import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One client per process: Next bundles route handlers and server components separately, and each
// bundle would otherwise open its own pool.
const globalForPrisma = globalThis as unknown as { groundworkPrisma?: PrismaClient };

function getClient(): PrismaClient {
  if (!globalForPrisma.groundworkPrisma) {
    const adapter = new PrismaPg({
      connectionString: getEnv().DATABASE_URL,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: 5_000,
    });
    globalForPrisma.groundworkPrisma = new PrismaClient({ adapter });
  }
  return globalForPrisma.groundworkPrisma;
}

// Created on first use, so importing this module never needs a database (next build, tests of pure code).
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
