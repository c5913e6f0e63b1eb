import type { TestProject } from "vitest/node";
import { openTestDatabaseServer } from "../../scripts/lib/test-database.mts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** A fresh migrated database per run; `npm test` passes one in, a bare `vitest` makes its own. */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("databaseUrl", given);
    return;
  }
  const server = await openTestDatabaseServer();
  project.provide("databaseUrl", await server.createDatabase("groundwork_it"));
  return () => server.close();
}
