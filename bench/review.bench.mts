// The grade path under load (issue 5): a production server, 1,000 learners and a million card states.
// Run: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/review.bench.mts [--no-build] [--keep-build]
// --no-build reuses .next-bench from an earlier --keep-build run. Without --keep-build the build is removed at
// the end: .next-bench is not ignored by eslint, tsc or git. Figures go to stdout and bench/results/review.json.
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import { projectRoot } from "../scripts/lib/app-database.mts";
import { findFreePort } from "../scripts/lib/ports.mts";
import { run } from "../scripts/lib/run.mts";
import { openTestDatabaseServer, type TestDatabaseServer } from "../scripts/lib/test-database.mts";
import { CpuMeter, type CpuSnapshot, type CpuSpent } from "./lib/cpu.mts";
import { LoopbackClient, runClosedLoop, runInterleaved, runOpenLoop, runSequential, type PhaseResult, type Request } from "./lib/load.mts";
import { benchDistPath, buildApp, removeBuild, startApp, type AppServer } from "./lib/next-server.mts";
import { BIG_LEARNER, learnerId, LEARNERS, loadGradeTargets, seedReviewBench, type GradeTarget } from "./lib/seed-review.mts";

const SECRET = "groundwork-bench-secret-not-for-production-0123456789";
const CONCURRENCY = 32;
// Ping and review saturation alternate in rounds, so a drift in the shared machine's speed weighs on both.
const ROUNDS = 4;
const SECONDS_PER_ROUND = 4;
const WARMUP_SECONDS = 2;
const STEADY_RATE = 100;
const STEADY_SECONDS = 20;
const BREAKDOWN_SECONDS = 4;
const QUEUE_RUNS = 200;
const TARGETS = { ratio: 0.4, steadyP99Ms: 50, errors: 0, queueP99Ms: 20 };

const args = new Set(process.argv.slice(2));
const reuseBuild = args.has("--no-build") && existsSync(path.join(benchDistPath, "BUILD_ID"));
const keepBuild = args.has("--keep-build");

if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to a PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/postgres): the benchmark makes and drops its own database there.");
  process.exit(2);
}
const adminUrl = process.env.DATABASE_URL;

let databaseServer: TestDatabaseServer | null = null;
let app: AppServer | null = null;
let builtHere = false;

async function cleanup(): Promise<void> {
  await app?.stop().catch(() => undefined);
  app = null;
  if (builtHere && !keepBuild) removeBuild();
  await databaseServer?.close().catch(() => undefined);
  databaseServer = null;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanup().then(() => process.exit(130)));
}

const started = performance.now();
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "n/a");
const step = (text: string) => console.log(`• [${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);

async function sessionCookie(uid: string): Promise<string> {
  return `next-auth.session-token=${await encode({ token: { uid, tv: 0, sub: uid }, secret: SECRET })}`;
}

type MeteredResult<T> = T & { cpu: CpuSpent };
async function metered<T>(meter: CpuMeter, fn: () => Promise<T>): Promise<MeteredResult<T>> {
  const before = await meter.snapshot();
  const result = await fn();
  return { ...result, cpu: CpuMeter.spent(before, await meter.snapshot()) };
}

try {
  databaseServer = await openTestDatabaseServer();
  step("creating the bench database (migrations)…");
  const url = await databaseServer.createDatabase("bench_review");
  const database = new URL(url).pathname.slice(1);

  step("seeding 1,000 learners × 1,000 cards and one learner with 100,000 cards…");
  const seed = await seedReviewBench(url);
  console.log(
    `  seeded ${seed.users} users, ${seed.cards} cards, ${seed.cardStates.toLocaleString("en")} card states, ${seed.reviewLogs.toLocaleString("en")} review logs in ${seed.seconds.toFixed(1)} s` +
      ` (due today: ${seed.dueToday.learnerAverage.toFixed(0)} per learner, ${seed.dueToday.bigLearner} for the big learner)`,
  );

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: SECRET };
  let buildSeconds: number | null = null;
  if (reuseBuild) step(`reusing ${path.relative(projectRoot, benchDistPath)} (--no-build)`);
  else {
    step("next build into .next-bench…");
    builtHere = true;
    buildSeconds = await buildApp(env);
    console.log(`  built in ${buildSeconds.toFixed(1)} s`);
  }

  const port = await findFreePort();
  app = await startApp(port, { ...env, NEXTAUTH_URL: `http://127.0.0.1:${port}` });
  step(`next start on 127.0.0.1:${port} (pid ${app.pid}, database pool ${process.env.DATABASE_POOL_SIZE ?? 10})`);
  const meter = new CpuMeter(app.pid, adminUrl, database);
  const client = new LoopbackClient(port, 256);

  const cookies = new Map<string, string>();
  for (let n = 1; n <= LEARNERS; n++) cookies.set(learnerId(n), await sessionCookie(learnerId(n)));
  cookies.set(BIG_LEARNER, await sessionCookie(BIG_LEARNER));

  const targets: GradeTarget[] = await loadGradeTargets(url);
  let nextTarget = 0;
  const grades = [3, 3, 3, 3, 3, 3, 3, 2, 1, 4] as const;
  const nextGrade = (): Request | null => {
    const target = targets[nextTarget];
    if (!target) return null;
    const grade = grades[nextTarget % grades.length]!;
    nextTarget++;
    return {
      method: "POST",
      path: "/api/review",
      headers: { cookie: cookies.get(target.userId)! },
      body: JSON.stringify({ cardId: target.cardId, grade, reviewId: randomUUID(), version: target.version, durationMs: 4_000 }),
    };
  };
  const ping: Request = { method: "GET", path: "/api/ping" };

  step(`warm-up (${WARMUP_SECONDS} s ping, ${WARMUP_SECONDS} s review)…`);
  await runClosedLoop(client, { concurrency: CONCURRENCY, seconds: WARMUP_SECONDS, next: () => ping, okStatuses: [200] });
  await runClosedLoop(client, { concurrency: CONCURRENCY, seconds: WARMUP_SECONDS, next: nextGrade, okStatuses: [201] });

  step(`(a)+(b) GET /api/ping and POST /api/review, ${CONCURRENCY} concurrent, ${ROUNDS} alternating rounds of ${SECONDS_PER_ROUND} s each…`);
  const cpuTotals = [{ clientMs: 0, serverMs: 0, postgresMs: 0 }, { clientMs: 0, serverMs: 0, postgresMs: 0 }];
  const metering = (index: number) => {
    let before: CpuSnapshot | null = null;
    return {
      before: async () => {
        before = await meter.snapshot();
      },
      after: async () => {
        const spent = CpuMeter.spent(before!, await meter.snapshot());
        const total = cpuTotals[index]!;
        total.clientMs += spent.clientMs;
        total.serverMs += spent.serverMs;
        total.postgresMs += spent.postgresMs;
      },
    };
  };
  const saturation = await runInterleaved(client, { concurrency: CONCURRENCY, secondsPerRound: SECONDS_PER_ROUND, rounds: ROUNDS }, [
    { next: () => ping, okStatuses: [200], ...metering(0) },
    { next: nextGrade, okStatuses: [201], ...metering(1) },
  ]);
  const pingResult: MeteredResult<PhaseResult> = { ...saturation.pooled[0]!, cpu: cpuTotals[0]! };
  const reviewResult: MeteredResult<PhaseResult> = { ...saturation.pooled[1]!, cpu: cpuTotals[1]! };
  const roundRatios = saturation.rounds.map(([pingRound, reviewRound]) => reviewRound!.perSecond / pingRound!.perSecond);

  step(`(c) POST /api/review at ${STEADY_RATE}/s, open loop, ${STEADY_SECONDS} s…`);
  const steadyResult = await metered(meter, () => runOpenLoop(client, { rate: STEADY_RATE, seconds: STEADY_SECONDS, next: nextGrade, okStatuses: [201] }));

  // Where a grade's time goes: the same route refused before any review SQL runs.
  step(`breakdown: POST /api/review refused at 401 (no session) and 400 (session, empty body), ${BREAKDOWN_SECONDS} s each…`);
  const firstCookie = cookies.get(learnerId(1))!;
  const guestResult = await metered(meter, () =>
    runClosedLoop(client, { concurrency: CONCURRENCY, seconds: BREAKDOWN_SECONDS, next: () => ({ method: "POST", path: "/api/review", body: "{}" }), okStatuses: [401] }),
  );
  let learner = 0;
  const sessionOnlyResult = await metered(meter, () =>
    runClosedLoop(client, {
      concurrency: CONCURRENCY,
      seconds: BREAKDOWN_SECONDS,
      next: () => ({ method: "POST", path: "/api/review", headers: { cookie: cookies.get(learnerId(1 + (learner++ % LEARNERS))) ?? firstCookie }, body: "{}" }),
      okStatuses: [400],
    }),
  );

  step(`(d) GET /api/review/queue for the 100,000-card learner, ${QUEUE_RUNS} sequential after 20 warm-up (at most 25 s)…`);
  const queueResult = await runSequential(client, {
    warmup: 20,
    count: QUEUE_RUNS,
    maxSeconds: 25,
    request: { method: "GET", path: "/api/review/queue", headers: { cookie: cookies.get(BIG_LEARNER)! } },
    okStatuses: [200],
  });
  const queueBody = JSON.parse(queueResult.lastBody || "{}") as { cards?: unknown[]; counts?: Record<string, number> };
  client.close();
  const serverErrors = app.errors();
  await app.stop();
  app = null;

  step("in-process: getReviewQueue, recordReview, the session's user lookup (no HTTP, no next-auth)…");
  const inProcess = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(projectRoot, "bench/lib/review-in-process.mts")], {
    cwd: projectRoot,
    env: { ...env, NODE_ENV: "production", BENCH_BIG_LEARNER: BIG_LEARNER, BENCH_QUEUE_RUNS: String(QUEUE_RUNS), BENCH_REVIEW_RUNS: "300" },
  });
  if (inProcess.code !== 0) throw new Error(`in-process timing failed:\n${inProcess.output.split("\n").slice(-20).join("\n")}`);
  type Timing = { runs: number; p50: number; p99: number; max: number };
  const data = JSON.parse(inProcess.output.trim().split("\n").at(-1)!) as {
    selectOne: Timing;
    viewerLookup: Timing;
    queue: Timing & { cards: number; dueCount: number };
    queueParts: { dueRowsRead: number; dueQuery: Timing };
    review: Timing;
  };

  const ratio = reviewResult.perSecond / pingResult.perSecond;
  const cpuPer = (r: MeteredResult<PhaseResult>) => ({
    serverMs: r.cpu.serverMs / r.requests,
    postgresMs: r.cpu.postgresMs / r.requests,
    clientMs: r.cpu.clientMs / r.requests,
  });
  const statusText = (statuses: Record<string, number>, ok: string) =>
    Object.entries(statuses)
      .filter(([status]) => status !== ok)
      .map(([status, n]) => `${status}×${n}`)
      .join(" ") || "none";

  const rows: [string, string, string][] = [
    ["(a) ping saturation (32 conc.)", `${pingResult.perSecond.toFixed(0)} req/s  p50 ${ms(pingResult.p50)}  p99 ${ms(pingResult.p99)}`, ""],
    ["(b) review saturation (32 conc.)", `${reviewResult.perSecond.toFixed(0)} reviews/s  p50 ${ms(reviewResult.p50)}  p99 ${ms(reviewResult.p99)}`, ""],
    ["    errors (non-201 by status)", statusText(reviewResult.statuses, "201"), `target ${TARGETS.errors}`],
    ["    reviews/s ÷ ping/s", `${ratio.toFixed(2)}  (rounds: ${roundRatios.map((value) => value.toFixed(2)).join(", ")})`, `target ≥ ${TARGETS.ratio.toFixed(2)}`],
    ["(c) review at 100/s (open loop)", `${steadyResult.perSecond.toFixed(0)} req/s  p50 ${ms(steadyResult.p50)}  p99 ${ms(steadyResult.p99)}`, `p99 target < ${TARGETS.steadyP99Ms} ms`],
    ["    errors (non-201 by status)", statusText(steadyResult.statuses, "201"), `target ${TARGETS.errors}`],
    ["(d) GET /api/review/queue (HTTP)", `p50 ${ms(queueResult.p50)}  p99 ${ms(queueResult.p99)}  (${queueResult.requests} runs, ${queueBody.cards?.length ?? "?"} cards, errors ${statusText(queueResult.statuses, "200")})`, `p99 target < ${TARGETS.queueP99Ms} ms`],
    ["    getReviewQueue in-process", `p50 ${ms(data.queue.p50)}  p99 ${ms(data.queue.p99)}  (${data.queue.runs} runs)`, ""],
    ["    its due-cards query alone", `p50 ${ms(data.queueParts.dueQuery.p50)}  p99 ${ms(data.queueParts.dueQuery.p99)}  (${data.queueParts.dueRowsRead} rows)`, "reads every due card"],
    ["breakdown: 401, no session", `${guestResult.perSecond.toFixed(0)} req/s  p50 ${ms(guestResult.p50)}`, "next-auth only"],
    ["breakdown: 400, session decoded", `${sessionOnlyResult.perSecond.toFixed(0)} req/s  p50 ${ms(sessionOnlyResult.p50)}`, "+ cookie and body read"],
    ["    recordReview in-process", `p50 ${ms(data.review.p50)}  p99 ${ms(data.review.p99)}`, "2 round trips"],
    ["    user lookup in-process", `p50 ${ms(data.viewerLookup.p50)}  p99 ${ms(data.viewerLookup.p99)}`, "1 round trip"],
    ["    select 1 in-process", `p50 ${ms(data.selectOne.p50)}  p99 ${ms(data.selectOne.p99)}`, "round trip floor"],
  ];
  const cpuRows: [string, MeteredResult<PhaseResult>][] = [
    ["ping", pingResult],
    ["review (saturation)", reviewResult],
    ["401 (no session)", guestResult],
    ["400 (session decoded)", sessionOnlyResult],
  ];

  console.log(`\nReview path benchmark — ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}; ${seed.cardStates.toLocaleString("en")} card states, seeded in ${seed.seconds.toFixed(1)} s\n`);
  const width = Math.max(...rows.map((row) => row[0].length));
  const valueWidth = Math.max(...rows.map((row) => row[1].length));
  for (const [label, value, note] of rows) console.log(`  ${label.padEnd(width)}  ${value.padEnd(valueWidth)}  ${note}`);
  console.log(`\n  CPU per request (ms):          next server   postgres   bench client`);
  for (const [label, result] of cpuRows) {
    const per = cpuPer(result);
    console.log(`    ${label.padEnd(28)} ${per.serverMs.toFixed(2).padStart(9)}   ${per.postgresMs.toFixed(2).padStart(8)}   ${per.clientMs.toFixed(2).padStart(12)}`);
  }
  console.log(`\n  round trips per grade: 2 (one read that also checks the session's token version, one write)`);
  if (steadyResult.late) console.log(`  note: ${steadyResult.late} of the open-loop requests left more than 5 ms late (the client was starved of CPU)`);
  if (serverErrors.length) console.log(`  server logged ${serverErrors.length} error line(s), last: ${serverErrors.at(-1)}`);

  const results = {
    when: new Date().toISOString(),
    machine: { cores: os.cpus().length, loadAverage: os.loadavg() },
    seed: { ...seed, buildSeconds },
    ping: pingResult,
    reviewSaturation: reviewResult,
    ratioReviewsToPing: ratio,
    ratioByRound: roundRatios,
    reviewSteady: steadyResult,
    breakdown: { noSession401: guestResult, sessionLookup400: sessionOnlyResult },
    queueHttp: { ...queueResult, lastBody: undefined, cards: queueBody.cards?.length ?? null, counts: queueBody.counts ?? null },
    inProcess: data,
    targets: TARGETS,
    roundTripsPerGrade: "2 (one read that also checks the session's token version, one write)",
    totalSeconds: (performance.now() - started) / 1000,
  };
  mkdirSync(path.join(projectRoot, "bench", "results"), { recursive: true });
  writeFileSync(path.join(projectRoot, "bench", "results", "review.json"), JSON.stringify(results, null, 2) + "\n");
  console.log(`\n  figures written to bench/results/review.json (total ${results.totalSeconds.toFixed(0)} s)`);
} finally {
  await cleanup();
}
