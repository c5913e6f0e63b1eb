// Times the teacher's assignment dashboard on a class of 200 students, a 500-card deck and a year of reviews.
// Run: DATABASE_URL=postgresql://… npx tsx --conditions=react-server bench/class-dashboard.bench.mts
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openTestDatabaseServer } from "../scripts/lib/test-database.mts";

const STUDENTS = 200;
const CARDS = 500;
const REVIEWS_PER_CARD = 10;
const RUNS = 20;
const TARGET_MS = 500;
const now = new Date("2026-11-22T10:00:00Z");

async function seed(url: string): Promise<{ classId: string; assignmentId: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const sql = (text: string, values: unknown[] = []) => client.query(text, values);
  const at = now.toISOString();
  await sql(`INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ('teacher', 'teacher@example.com', 'Teacher', 'TEACHER', $1)`, [at]);
  await sql(
    `INSERT INTO "User" (id, email, name, "desiredRetention", "updatedAt")
     SELECT 'student-' || n, 'student-' || n || '@example.com', 'Student ' || n, 0.85 + (n % 10) / 100.0, $1
     FROM generate_series(1, $2::int) n`,
    [at, STUDENTS],
  );
  await sql(`INSERT INTO "Document" (id, title, slug, markdown, "contentHash", "ownerId", "updatedAt") VALUES ('doc', 'Bench', 'bench', '# Bench', 'x', 'teacher', $1)`, [at]);
  await sql(`INSERT INTO "Deck" (id, "documentId", title, "ownerId", status, "updatedAt") VALUES ('deck', 'doc', 'Bench', 'teacher', 'PUBLISHED', $1)`, [at]);
  await sql(
    `INSERT INTO "Card" (id, "deckId", key, "passageKey", kind, front, back, "sourceSection", "sourceExcerpt", position, "updatedAt")
     SELECT 'card-' || n, 'deck', 'key-' || n, 'passage-' || n, 'DEFINITION', 'Question ' || n || '?', 'Answer ' || n, 'Bench', '', n, $1
     FROM generate_series(1, $2::int) n`,
    [at, CARDS],
  );
  await sql(`INSERT INTO "Classroom" (id, "teacherId", name, "joinCode", "updatedAt") VALUES ('class', 'teacher', 'Bench class', 'BENCH234', $1)`, [at]);
  await sql(`INSERT INTO "Membership" (id, "classId", "userId") SELECT 'm-' || id, 'class', id FROM "User" WHERE role = 'LEARNER'`);
  await sql(`INSERT INTO "StudyDeck" ("userId", "deckId") SELECT id, 'deck' FROM "User" WHERE role = 'LEARNER'`);
  await sql(
    `INSERT INTO "Assignment" (id, "classId", "deckId", "createdById", "dueAt", "targetRecall", "updatedAt")
     VALUES ('assignment', 'class', 'deck', 'teacher', $1::timestamptz + interval '5 days', 0.85, $1)`,
    [at],
  );
  // Most students have met most cards; the rest are still new.
  await sql(
    `INSERT INTO "CardState" (id, "userId", "cardId", "deckId", due, stability, difficulty, reps, lapses, state, "lastReview", position, "updatedAt")
     SELECT u.id || ':' || c.id, u.id, c.id, 'deck', last + (stab * interval '1 day'), stab, 5, CASE WHEN fresh THEN 0 ELSE 8 END, 1,
            (CASE WHEN fresh THEN 'NEW' ELSE 'REVIEW' END)::"CardStateKind", CASE WHEN fresh THEN NULL ELSE last END, c.position, $1
     FROM "User" u CROSS JOIN "Card" c
     CROSS JOIN LATERAL (SELECT random() < 0.1 AS fresh, 1 + random() * 90 AS stab, $1::timestamptz - random() * interval '30 days' AS last) r
     WHERE u.role = 'LEARNER'`,
    [at],
  );
  // A year of grades, appended in time order as the app writes them: each student-card pair about ten times, one in ten an Again.
  await sql(
    `INSERT INTO "ReviewLog" (id, "userId", "cardId", "passageKey", "clientReviewId", rating, state, due, stability, difficulty,
       "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review, "previousState", "resultVersion", "createdAt")
     SELECT s."userId" || ':' || s."cardId" || ':' || n, s."userId", s."cardId", c."passageKey", s."cardId" || ':' || n,
            CASE WHEN random() < 0.1 THEN 1 ELSE 3 END, (CASE WHEN n = 1 THEN 'NEW' ELSE 'REVIEW' END)::"CardStateKind",
            t, 10, 5, 10, 10, 10, 0, t, '{}'::jsonb, n, t
     FROM "CardState" s
     JOIN "Card" c ON c.id = s."cardId"
     CROSS JOIN generate_series(1, $2::int) n
     CROSS JOIN LATERAL (SELECT $1::timestamptz - (interval '365 days' * (($2::int - n) + random()) / $2::int) AS t) r
     WHERE s.state <> 'NEW'
     ORDER BY t`,
    [at, REVIEWS_PER_CARD],
  );
  await sql(`ANALYZE`);
  const { rows } = await sql(`SELECT count(*)::int AS n FROM "ReviewLog"`);
  console.log(`seeded ${STUDENTS} students, ${CARDS} cards, ${STUDENTS * CARDS} card states, ${rows[0].n} review logs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await client.end();
  return { classId: "class", assignmentId: "assignment" };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

const server = await openTestDatabaseServer();
try {
  const url = await server.createDatabase("bench");
  process.env.DATABASE_URL = url;
  const { classId, assignmentId } = await seed(url);
  const { getClassDashboard } = await import("../lib/data/class-dashboard.ts");
  const { closeDatabase } = await import("../lib/db.ts");
  const teacher = { id: "teacher", email: "teacher@example.com", name: "Teacher", role: "TEACHER" as const, timeZone: "UTC", rolloverHour: 4, desiredRetention: 0.9, newCardsPerDay: 20, maxReviewsPerDay: 200, fsrsParams: [] };
  for (let i = 0; i < 3; i++) await getClassDashboard(teacher, classId, assignmentId, now);
  const times: number[] = [];
  let summary = "";
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const dashboard = await getClassDashboard(teacher, classId, assignmentId, now);
    times.push(performance.now() - start);
    summary = `${dashboard.students.length} students, ${dashboard.cards.length} cards, ${dashboard.students.filter((s) => s.atRisk).length} at risk`;
  }
  times.sort((a, b) => a - b);
  console.log(`getClassDashboard (${summary}), ${RUNS} runs after warm-up:`);
  console.log(`  p50 ${percentile(times, 50).toFixed(1)} ms  p99 ${percentile(times, 99).toFixed(1)} ms  max ${(times.at(-1) ?? NaN).toFixed(1)} ms  (target < ${TARGET_MS} ms)`);
  await closeDatabase();
} finally {
  await server.close();
}
