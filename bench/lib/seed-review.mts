// Bulk seed for the review benchmark: set-based SQL only (generate_series, INSERT ... SELECT).
import { performance } from "node:perf_hooks";
import pg from "pg";

export const LEARNERS = 1_000;
export const DECKS = 10;
export const CARDS_PER_DECK = 100;
export const BIG_DECKS = 100;
export const BIG_CARDS_PER_DECK = 1_000;
export const BIG_LEARNER = "big-learner";
export const learnerId = (n: number) => `learner-${String(n).padStart(4, "0")}`;

export type SeedReport = { seconds: number; steps: Record<string, number>; users: number; cards: number; cardStates: number; reviewLogs: number; dueToday: { learnerAverage: number; bigLearner: number } };

/** A card to grade: the learner has it, and the version is what the client would send. */
export type GradeTarget = { userId: string; cardId: string; version: number };

const CARD_TEXT = `'What does term ' || n || ' mean in this chapter, and why does it matter?'`;
const BACK_TEXT = `'Term ' || n || ' names the idea the section explains: a short, complete answer a learner can recall in a few seconds.'`;
const EXCERPT_TEXT = `'The passage this card came from: term ' || n || ' is introduced here with an example, a counterexample and a one-line summary a reader can find again.'`;

async function seedDecks(sql: (text: string, values?: unknown[]) => Promise<unknown>, prefix: string, decks: number, cardsPerDeck: number) {
  await sql(
    `INSERT INTO "Document" (id, title, slug, markdown, "contentHash", "builtIn", "updatedAt")
     SELECT '${prefix}doc-' || d, 'Bench document ' || d, '${prefix}doc-' || d, '# Bench', md5(d::text), true, now() FROM generate_series(1, $1::int) d`,
    [decks],
  );
  await sql(
    `INSERT INTO "Deck" (id, "documentId", title, status, "publishedAt", "updatedAt")
     SELECT '${prefix}deck-' || d, '${prefix}doc-' || d, 'Bench deck ' || d, 'PUBLISHED', now(), now() FROM generate_series(1, $1::int) d`,
    [decks],
  );
  await sql(
    `INSERT INTO "Card" (id, "deckId", key, "passageKey", kind, front, back, "sourceSection", "sourceExcerpt", position, "updatedAt")
     SELECT '${prefix}card-' || d || '-' || p, '${prefix}deck-' || d, 'key-' || p, 'passage-' || d || '-' || (p / 2),
            (CASE WHEN p % 2 = 0 THEN 'DEFINITION' ELSE 'QUESTION' END)::"CardKind",
            ${CARD_TEXT}, ${BACK_TEXT}, 'Chapter ' || (p / 20 + 1) || ' › Section ' || (p / 5 + 1), ${EXCERPT_TEXT}, p, now()
     FROM generate_series(1, $1::int) d CROSS JOIN generate_series(1, $2::int) p CROSS JOIN LATERAL (SELECT (d - 1) * $2::int + p AS n) t`,
    [decks, cardsPerDeck],
  );
}

/**
 * Card states for users × cards. `mix` gives the share of NEW and LEARNING cards (the rest are REVIEW). A review
 * card was last seen before now and is due its interval later, up to `pastDays` overdue, so a slice is due today.
 */
function cardStatesSql(where: string, mix: { newShare: number; learningShare: number; pastDays: number; maxInterval: number }): string {
  const { newShare, learningShare, pastDays, maxInterval } = mix;
  return `
    INSERT INTO "CardState" (id, "userId", "cardId", "deckId", due, stability, difficulty, "elapsedDays", "scheduledDays",
      "learningSteps", reps, lapses, state, "lastReview", position, version, "createdAt", "updatedAt")
    SELECT x.id || ':' || x."cardId", x.id, x."cardId", x."deckId",
           CASE k WHEN 'NEW' THEN created WHEN 'LEARNING' THEN learning_due ELSE last_review + interval_days * interval '1 day' END,
           CASE k WHEN 'NEW' THEN 0 WHEN 'LEARNING' THEN 0.5 + r3 * 2 ELSE interval_days * (0.9 + 0.2 * r4) END,
           CASE k WHEN 'NEW' THEN 0 ELSE 2 + r4 * 7 END,
           CASE k WHEN 'REVIEW' THEN interval_days ELSE 0 END,
           CASE k WHEN 'REVIEW' THEN interval_days ELSE 0 END,
           CASE k WHEN 'LEARNING' THEN 1 ELSE 0 END,
           CASE k WHEN 'NEW' THEN 0 WHEN 'LEARNING' THEN 1 ELSE 2 + (r4 * 15)::int END,
           CASE k WHEN 'REVIEW' THEN (r4 * r4 * 4)::int ELSE 0 END,
           k::"CardStateKind",
           CASE k WHEN 'NEW' THEN NULL WHEN 'LEARNING' THEN learning_due - interval '10 minutes' ELSE last_review END,
           x.position, 0, created, created
    FROM (
      SELECT u.id, c.id AS "cardId", c."deckId", c.position, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
             now() - interval '40 days' AS created
      FROM "User" u
      JOIN "StudyDeck" sd ON sd."userId" = u.id
      JOIN "Card" c ON c."deckId" = sd."deckId"
      WHERE ${where}
    ) x
    CROSS JOIN LATERAL (
      SELECT CASE WHEN x.r1 < ${newShare} THEN 'NEW' WHEN x.r1 < ${newShare + learningShare} THEN 'LEARNING' ELSE 'REVIEW' END AS k,
             (1 + x.r3 * ${maxInterval - 1})::int AS interval_days,
             now() + (x.r2 * 120 - 90) * interval '1 minute' AS learning_due
    ) s
    CROSS JOIN LATERAL (SELECT now() - x.r2 * (s.interval_days + ${pastDays}) * interval '1 day' AS last_review) t
    ORDER BY x.id, x."cardId"`;
}

export async function seedReviewBench(url: string): Promise<SeedReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sql = (text: string, values: unknown[] = []) => client.query(text, values);
  const started = performance.now();
  const steps: Record<string, number> = {};
  let mark = started;
  const lap = (name: string) => {
    const at = performance.now();
    steps[name] = Math.round(at - mark) / 1000;
    mark = at;
  };
  try {
    // A throwaway database: durability per commit buys nothing here.
    await sql(`SET synchronous_commit = off`);
    await sql(`SET maintenance_work_mem = '256MB'`);
    await sql(
      `INSERT INTO "User" (id, email, name, "updatedAt")
       SELECT 'learner-' || lpad(n::text, 4, '0'), 'learner-' || n || '@bench.test', 'Learner ' || n, now() FROM generate_series(1, $1::int) n`,
      [LEARNERS],
    );
    await sql(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, 'big@bench.test', 'Big Learner', now())`, [BIG_LEARNER]);
    await seedDecks(sql, "", DECKS, CARDS_PER_DECK);
    await seedDecks(sql, "big-", BIG_DECKS, BIG_CARDS_PER_DECK);
    await sql(`INSERT INTO "StudyDeck" ("userId", "deckId") SELECT u.id, d.id FROM "User" u CROSS JOIN "Deck" d WHERE u.id LIKE 'learner-%' AND d.id LIKE 'deck-%'`);
    await sql(`INSERT INTO "StudyDeck" ("userId", "deckId") SELECT $1, d.id FROM "Deck" d WHERE d.id LIKE 'big-deck-%'`, [BIG_LEARNER]);

    // Building the secondary indexes once after the load is several times faster than maintaining them row by row.
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('CardState', 'ReviewLog') AND indexname NOT LIKE '%_pkey'`,
    );
    for (const index of indexes) await sql(`DROP INDEX "${index.indexname}"`);
    // The rows are consistent by construction; skipping the per-row foreign-key triggers (superusers only) makes the load about four times faster.
    const skippedTriggers = await sql(`SET session_replication_role = replica`).then(() => true, () => false);
    lap("users, decks, cards");
    await sql(cardStatesSql(`u.id LIKE 'learner-%'`, { newShare: 0.35, learningShare: 0.05, pastDays: 3, maxInterval: 120 }));
    await sql(cardStatesSql(`u.id = '${BIG_LEARNER}'`, { newShare: 0.4, learningShare: 0.01, pastDays: 5, maxInterval: 365 }));
    lap("card states");
    // Every card a learner has seen has a grade in the log, as in a database that has been in use: the log's
    // indexes have their real size, and the planner's statistics see many learners, not one. All of it before
    // today, so today's counts are the big learner's 150 grades below.
    await sql(
      `INSERT INTO "ReviewLog" (id, "userId", "cardId", "passageKey", "clientReviewId", rating, state, due, stability, difficulty,
         "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review, "previousState", "resultVersion", "createdAt")
       SELECT 'history-' || s.id, s."userId", s."cardId", c."passageKey", 'history-' || s.id, 3, s.state, s.due, s.stability,
              s.difficulty, s."elapsedDays", s."elapsedDays", s."scheduledDays", s."learningSteps",
              least(s."lastReview", now() - interval '1 day'), '{}'::jsonb, 0, least(s."lastReview", now() - interval '1 day')
       FROM "CardState" s JOIN "Card" c ON c.id = s."cardId" WHERE s.state <> 'NEW'`,
    );
    if (skippedTriggers) await sql(`SET session_replication_role = DEFAULT`);
    lap("review history");
    for (const index of indexes) await sql(index.indexdef);
    lap("card state and review log indexes");

    // The big learner has already studied a while today, so the queue's "done today" query has rows to read.
    await sql(
      `INSERT INTO "ReviewLog" (id, "userId", "cardId", "passageKey", "clientReviewId", rating, state, due, stability, difficulty,
         "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review, "previousState", "resultVersion", "createdAt")
       SELECT 'seed-log-' || n, $1, c.id, c."passageKey", 'seed-' || n, 3, 'REVIEW',
              now() + interval '3 days', 10, 5, 5, 5, 3, 0, now() - random() * interval '30 minutes', '{}'::jsonb, 1, now()
       FROM generate_series(1, 150) n JOIN "Card" c ON c.id = 'big-card-' || (1 + n % $2::int) || '-' || (1 + n / $2::int)`,
      [BIG_LEARNER, BIG_DECKS],
    );
    // As autovacuum would leave a database in use: statistics, hint bits and the visibility map all current.
    await sql(`VACUUM (ANALYZE)`);
    lap("today's review logs, vacuum");

    const count = async (text: string, values: unknown[] = []) => Number((await client.query<{ n: string }>(text, values)).rows[0]?.n ?? 0);
    const users = await count(`SELECT count(*) AS n FROM "User"`);
    const cards = await count(`SELECT count(*) AS n FROM "Card"`);
    const cardStates = await count(`SELECT count(*) AS n FROM "CardState"`);
    const reviewLogs = await count(`SELECT count(*) AS n FROM "ReviewLog"`);
    const learnerDue = await count(`SELECT count(*) AS n FROM "CardState" WHERE "userId" LIKE 'learner-%' AND state <> 'NEW' AND due < now() + interval '1 day'`);
    const bigDue = await count(`SELECT count(*) AS n FROM "CardState" WHERE "userId" = $1 AND state <> 'NEW' AND due < now() + interval '1 day'`, [BIG_LEARNER]);
    return { seconds: (mark - started) / 1000, steps, users, cards, cardStates, reviewLogs, dueToday: { learnerAverage: learnerDue / LEARNERS, bigLearner: bigDue } };
  } finally {
    await client.end();
  }
}

/**
 * Cards each learner would grade today (due ones first, then the first new ones), interleaved across learners
 * so that consecutive requests come from different learners. Every seeded state is at version 0.
 */
export async function loadGradeTargets(url: string): Promise<GradeTarget[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<GradeTarget & { rank: number }>(
      `SELECT "userId", "cardId", version, rank FROM (
         SELECT s."userId", s."cardId", s.version,
                row_number() OVER (PARTITION BY s."userId" ORDER BY (s.state = 'NEW'), s.due, s.position) AS rank
         FROM "CardState" s
         WHERE s."userId" LIKE 'learner-%' AND ((s.state <> 'NEW' AND s.due < now() + interval '1 day') OR (s.state = 'NEW' AND s.position <= 3))
       ) t
       ORDER BY rank, "userId"`,
    );
    return rows.map(({ userId, cardId, version }) => ({ userId, cardId, version }));
  } finally {
    await client.end();
  }
}
