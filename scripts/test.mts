// `npm test`: typecheck, lint, unit, integration (real Postgres) and end-to-end (production build in Chromium).
// `npm test -- unit integration` runs only the named stages.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./lib/app-database.mts";
import { findFreePort } from "./lib/ports.mts";
import { run } from "./lib/run.mts";
import { openTestDatabaseServer, type TestDatabaseServer } from "./lib/test-database.mts";

const STAGES = ["typecheck", "lint", "unit", "integration", "e2e"] as const;
type Stage = (typeof STAGES)[number];
type Outcome = { stage: Stage; ok: boolean; passed: number; failed: number; skipped: number; summary: string[] };

const requested = process.argv.slice(2).filter((arg): arg is Stage => (STAGES as readonly string[]).includes(arg));
const stages: Stage[] = requested.length ? requested : [...STAGES];
const bin = (name: string) => path.join(projectRoot, "node_modules", ".bin", name);
const reports = path.join(projectRoot, ".data", "reports");
mkdirSync(reports, { recursive: true });

let databaseServer: TestDatabaseServer | null = null;
let appServer: ChildProcess | null = null;

async function database(): Promise<TestDatabaseServer> {
  databaseServer ??= await openTestDatabaseServer();
  return databaseServer;
}

function stopAppServer(): void {
  if (appServer?.pid && appServer.exitCode === null) {
    try {
      process.kill(-appServer.pid, "SIGTERM");
    } catch {
      /* gone */
    }
  }
}

async function cleanup(): Promise<void> {
  stopAppServer();
  await databaseServer?.close().catch(() => undefined);
  databaseServer = null;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanup().then(() => process.exit(130)));
}

function readVitestReport(file: string): Pick<Outcome, "passed" | "failed" | "skipped"> {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function readPlaywrightReport(file: string): Pick<Outcome, "passed" | "failed" | "skipped"> {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

const summaryLines = (output: string, pattern: RegExp) =>
  output
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((line) => pattern.test(line))
    .map((line) => line.trim());

async function runVitest(stage: "unit" | "integration", env: NodeJS.ProcessEnv): Promise<Outcome> {
  const report = path.join(reports, `${stage}.json`);
  const result = await run(bin("vitest"), ["run", "--project", stage, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
    cwd: projectRoot,
    env,
    echo: true,
  });
  const counts = readVitestReport(report);
  return { stage, ok: result.code === 0, ...counts, summary: summaryLines(result.output, /^\s*(Test Files|Tests)\s/) };
}

async function waitForHealth(url: string, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 300 && child.exitCode === null; i++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/** The browser the end-to-end tests drive; on Debian as root it is installed from Debian's packages when missing. */
async function ensureChromium(): Promise<string | null> {
  const browser = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(browser)) return null;
  if (process.env.CHROMIUM_PATH) return `CHROMIUM_PATH points at ${browser}, which does not exist.`;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    return "Chromium is missing: install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.";
  }
  console.log("• Installing Chromium (Debian package) for the end-to-end tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = await run("apt-get", ["update", "-qq"], { env });
  const install = update.code === 0 ? await run("apt-get", ["install", "-y", "-qq", "chromium"], { env }) : update;
  return install.code === 0 && existsSync(browser) ? null : `Installing Chromium failed: ${install.output.trim().split("\n").pop() ?? ""}`;
}

async function runE2e(): Promise<Outcome> {
  const fail = (message: string): Outcome => {
    console.error(`✖ ${message}`);
    return { stage: "e2e", ok: false, passed: 0, failed: 1, skipped: 0, summary: [message] };
  };
  const browserProblem = await ensureChromium();
  if (browserProblem) return fail(browserProblem);
  const url = await (await database()).createDatabase("groundwork_e2e");
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: "e2e-secret-for-tests-only-0123456789",
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
    NODE_ENV: "production",
  };
  const seed = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts", "--demo"], { cwd: projectRoot, env, echo: true });
  if (seed.code !== 0) return fail("Seeding the e2e database failed.");
  console.log("• next build (production) for the end-to-end tests…");
  const build = await run(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], { cwd: projectRoot, env });
  if (build.code !== 0) {
    console.error(build.output);
    return fail("next build failed.");
  }
  appServer = spawn(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  if (!(await waitForHealth(`http://127.0.0.1:${port}/api/health`, appServer))) return fail("The production server did not become healthy.");
  const report = path.join(reports, "e2e.json");
  const result = await run(bin("playwright"), ["test"], {
    cwd: projectRoot,
    env: { ...env, NODE_ENV: "test", E2E_BASE_URL: `http://localhost:${port}`, E2E_DATABASE_URL: url, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
    echo: true,
  });
  stopAppServer();
  const counts = readPlaywrightReport(report);
  return { stage: "e2e", ok: result.code === 0, ...counts, summary: summaryLines(result.output, /^\s*\d+ (passed|failed|flaky|skipped|did not run)/) };
}

async function runStage(stage: Stage): Promise<Outcome> {
  console.log(`\n━━ ${stage} ━━`);
  switch (stage) {
    case "typecheck": {
      const result = await run(bin("tsc"), ["--noEmit", "-p", "."], { cwd: projectRoot, echo: true });
      return { stage, ok: result.code === 0, passed: 0, failed: 0, skipped: 0, summary: [result.code === 0 ? "tsc: no type errors" : "tsc: type errors (above)"] };
    }
    case "lint": {
      const result = await run(bin("eslint"), ["--max-warnings", "0", "."], { cwd: projectRoot, echo: true });
      return { stage, ok: result.code === 0, passed: 0, failed: 0, skipped: 0, summary: [result.code === 0 ? "eslint: no problems" : "eslint: problems (above)"] };
    }
    case "unit":
      return runVitest("unit", process.env);
    case "integration": {
      const url = await (await database()).createDatabase("groundwork_it");
      return runVitest("integration", { ...process.env, TEST_DATABASE_URL: url });
    }
    case "e2e":
      return runE2e();
  }
}

const outcomes: Outcome[] = [];
try {
  for (const stage of stages) {
    try {
      outcomes.push(await runStage(stage));
    } catch (error) {
      console.error(`✖ ${stage}: ${error instanceof Error ? error.message : String(error)}`);
      outcomes.push({ stage, ok: false, passed: 0, failed: 1, skipped: 0, summary: [String(error)] });
    }
  }
} finally {
  await cleanup();
}

console.log("\n━━ summary ━━");
for (const outcome of outcomes) {
  console.log(`${outcome.ok ? "✔" : "✖"} ${outcome.stage}`);
  for (const line of outcome.summary) console.log(`    ${line}`);
}
const total = outcomes.reduce((sum, o) => ({ passed: sum.passed + o.passed, failed: sum.failed + o.failed + (o.ok || o.failed ? 0 : 1), skipped: sum.skipped + o.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
console.log(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(outcomes.every((o) => o.ok) ? 0 : 1);
