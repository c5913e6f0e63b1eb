// `npm run content:sync`: (re)load content/ into the database. Uses DATABASE_URL, else the embedded database.
import path from "node:path";
import { migrateDatabase, openAppDatabase, projectRoot } from "./lib/app-database.mts";
import { run } from "./lib/run.mts";

const database = await openAppDatabase("app", "groundwork").catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
let code = 0;
try {
  await migrateDatabase(database.url);
  const seed = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(projectRoot, "prisma", "seed.ts")], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: database.url },
    echo: true,
  });
  code = seed.code;
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await database.embedded?.stop();
}
process.exit(code);
