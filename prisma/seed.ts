// Loads the built-in library (and, with --demo, the demo accounts). Run by `npm start` after migrations,
// and by `npm run content:sync`.
import path from "node:path";
import { syncLibrary } from "@/lib/data/library";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoUsers } from "@/lib/data/users";
import { closeDatabase } from "@/lib/db";

const root = path.resolve(import.meta.dirname, "..");

async function main() {
  const results = await syncLibrary(path.join(root, "content"));
  const changed = results.filter((result) => !result.summary.skipped);
  const cards = changed.reduce((sum, result) => sum + result.summary.added + result.summary.updated, 0);
  console.log(
    changed.length === 0
      ? `• Library up to date (${results.length} documents)`
      : `• Library loaded: ${changed.length} of ${results.length} documents updated, ${cards} cards added or changed`,
  );
  if (process.argv.includes("--demo")) {
    await ensureDemoUsers();
    console.log(`• Demo accounts ready: ${DEMO_ACCOUNTS.map((account) => account.email).join(", ")} (password ${DEMO_PASSWORD})`);
  }
}

main()
  .then(() => closeDatabase())
  .catch(async (error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    await closeDatabase().catch(() => undefined);
    process.exit(1);
  });
