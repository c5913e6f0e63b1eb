// `npm start`: database (DATABASE_URL or embedded), migrations, library, demo accounts, then Next.
// `npm run dev` does the same with `next dev`.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { migrateDatabase, openAppDatabase, projectRoot, readOrCreateSecret, StartupError } from "./lib/app-database.mts";
import { isPortFree } from "./lib/ports.mts";
import { run } from "./lib/run.mts";

const dev = process.argv.includes("--dev");
const skipBuild = process.argv.includes("--no-build");
const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
let nextProcess: ChildProcess | null = null;
let stopDatabase: () => Promise<void> = async () => {};

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

function stopNext(): void {
  if (nextProcess?.pid && nextProcess.exitCode === null) {
    try {
      process.kill(-nextProcess.pid, "SIGTERM"); // its whole group: `next start` leaves a next-server child otherwise
    } catch {
      /* already gone */
    }
  }
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a number between 1 and 65535 (got "${process.env.PORT}").`);
  if (!(await isPortFree(port))) fail(`Port ${port} is already in use: stop the program using it, or choose another port with PORT=3001 npm start.`);

  const database = await openAppDatabase("app", "groundwork");
  stopDatabase = async () => database.embedded?.stop();
  const cleanup = async () => {
    stopNext();
    await stopDatabase();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      stopNext();
      void cleanup().then(() => process.exit(0));
    });
  }
  process.on("exit", stopNext);

  let secret = process.env.NEXTAUTH_SECRET;
  if (!secret && database.secretFile) secret = readOrCreateSecret(database.secretFile);
  if (!secret && !dev) {
    await cleanup();
    fail("NEXTAUTH_SECRET is not set: with an external DATABASE_URL, production needs it (generate one with `openssl rand -base64 32`).");
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret ?? "development-only-secret-not-for-production",
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
  };

  console.log(database.embedded ? `• Embedded PostgreSQL on port ${database.embedded.port} (data in ${database.embedded.dataDir})` : "• Using DATABASE_URL");
  await migrateDatabase(database.url);
  console.log("• Migrations applied");

  const seedArgs = ["--conditions=react-server", "--import", "tsx", path.join(projectRoot, "prisma", "seed.ts")];
  if (database.embedded) seedArgs.push("--demo");
  const seed = await run(process.execPath, seedArgs, { cwd: projectRoot, env, echo: true });
  if (seed.code !== 0) throw new StartupError("Loading the built-in library failed (see above).");

  if (!dev && !skipBuild) {
    console.log("• Building the app (next build)…");
    const build = await run(process.execPath, [nextBin, "build"], { cwd: projectRoot, env: { ...env, NODE_ENV: "production" } });
    if (build.code !== 0) {
      console.error(build.output);
      throw new StartupError("`next build` failed (output above).");
    }
  }

  nextProcess = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], {
    cwd: projectRoot,
    env: dev ? env : { ...env, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  nextProcess.once("exit", (code) => {
    void database.embedded?.stop().then(() => process.exit(code ?? 0));
  });

  if (await waitUntilHealthy(`http://127.0.0.1:${port}/api/health`, nextProcess)) {
    console.log(`\n✔ Groundwork is running at http://localhost:${port}`);
    if (database.embedded) {
      console.log("  Demo accounts (password groundwork-demo):");
      console.log("    teacher@groundwork.test");
      console.log("    learner@groundwork.test");
    }
    console.log("  Press Ctrl+C to stop.\n");
  }
}

main().catch(async (error: unknown) => {
  stopNext();
  await stopDatabase().catch(() => undefined);
  const message = error instanceof Error ? error.message : String(error);
  console.error(`✖ ${message}`);
  process.exit(1);
});
