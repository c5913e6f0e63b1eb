// Fresh, migrated databases for a test run: on DATABASE_URL's server when set, else on embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDatabase, openAppDatabase, StartupError } from "./app-database.mts";
import type { EmbeddedServer } from "./embedded-postgres.mts";

export type TestDatabaseServer = {
  createDatabase(prefix: string): Promise<string>;
  close(): Promise<void>;
};

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function openTestDatabaseServer(): Promise<TestDatabaseServer> {
  const base = await openAppDatabase("test", "postgres");
  const embedded: EmbeddedServer | null = base.embedded;
  const created: string[] = [];
  const admin = async <T,>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: base.url });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    async createDatabase(prefix) {
      const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
      try {
        await admin((client) => client.query(`create database "${name}"`));
      } catch (error) {
        throw new StartupError(`Cannot create a test database (${(error as Error).message}): the DATABASE_URL user needs the CREATEDB right.`);
      }
      created.push(name);
      const url = withDatabase(base.url, name);
      await migrateDatabase(url);
      return url;
    },
    async close() {
      await admin(async (client) => {
        for (const name of created) await client.query(`drop database if exists "${name}" with (force)`);
      }).catch(() => undefined);
      await embedded?.stop();
    },
  };
}
