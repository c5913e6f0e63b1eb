import { afterAll, beforeEach, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");

const { closeDatabase, db } = await import("@/lib/db");

let truncate: string | null = null;

// Every test starts from an empty database (migrations kept).
beforeEach(async () => {
  if (!truncate) {
    const tables = await db.$queryRaw<{ tablename: string }[]>`
      select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`;
    truncate = `truncate table ${tables.map((t) => `"${t.tablename}"`).join(", ")} restart identity cascade`;
  }
  await db.$executeRawUnsafe(truncate);
});

afterAll(async () => {
  await closeDatabase();
});
