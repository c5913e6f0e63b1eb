import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/data/viewer";
import { studyDayBounds } from "@/lib/srs/study-day";

export const HEATMAP_DAYS = 365;
export const FORECAST_DAYS = 30;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type RetentionWindow = { reviews: number; passed: number; rate: number | null };
export type DeckStateCounts = { deckId: string; title: string; new: number; learning: number; review: number; relearning: number; suspended: number };
export type Streak = { current: number; longest: number };

export type Progress = {
  /** Today's study-day key, YYYY-MM-DD in the viewer's zone and rollover hour. */
  today: string;
  totalReviews: number;
  /** Reviews per study day over the past 365 days (today included); days without reviews are absent. */
  heatmap: Record<string, number>;
  retention: { last7: RetentionWindow; last30: RetentionWindow };
  /** Cards due per study day, today first; overdue cards count into today. */
  forecast: { date: string; count: number }[];
  byDeck: DeckStateCounts[];
  time: { todayMs: number; last7Ms: number; last30Ms: number; totalMs: number };
  streak: Streak;
};

type DayRow = { day: string; reviews: number; matureReviews: number; passed: number; durationMs: number };

type ViewerClock = Pick<Viewer, "id" | "timeZone" | "rolloverHour">;

// The local wall-clock time of a UTC timestamp column, moved back by the rollover hour, as a study-day key.
// Prisma stores DateTime as timestamp without time zone in UTC, hence the first AT TIME ZONE 'UTC'.
function studyDayOf(column: Prisma.Sql, viewer: ViewerClock): Prisma.Sql {
  return Prisma.sql`to_char(((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${viewer.timeZone}::text) - make_interval(hours => ${viewer.rolloverHour}::int), 'YYYY-MM-DD')`;
}

const dayNumber = (key: string) => Math.round(Date.parse(`${key}T00:00:00Z`) / DAY_MS);
const keyOfDayNumber = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const shiftKey = (key: string, days: number) => keyOfDayNumber(dayNumber(key) + days);

/** The first instant of the study day `days` away from today's (negative is earlier); DST-safe. */
function dayStartFrom(todayStart: Date, days: number, viewer: ViewerClock): Date {
  const middle = new Date(todayStart.getTime() + days * DAY_MS + 12 * HOUR_MS);
  return studyDayBounds(middle, viewer.timeZone, viewer.rolloverHour).start;
}

async function listDailyReviews(viewer: ViewerClock, before: Date): Promise<DayRow[]> {
  return db.$queryRaw<DayRow[]>`
    SELECT ${studyDayOf(Prisma.sql`l.review`, viewer)} AS day,
           count(*)::int AS reviews,
           count(*) FILTER (WHERE l.state = 'REVIEW')::int AS "matureReviews",
           count(*) FILTER (WHERE l.state = 'REVIEW' AND l.rating > 1)::int AS passed,
           coalesce(sum(l."durationMs"), 0)::float8 AS "durationMs"
    FROM "ReviewLog" l
    WHERE l."userId" = ${viewer.id} AND NOT l.undone AND l.source = 'REVIEW' AND l.review < ${before}
    GROUP BY 1
    ORDER BY 1`;
}

/** Current and longest runs of consecutive study days; today's run is still alive if only yesterday was studied. */
export function countStreak(dayKeys: Iterable<string>, today: string): Streak {
  const days = [...new Set(dayKeys)].map(dayNumber).sort((a, b) => a - b);
  const studied = new Set(days);
  let longest = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const day of days) {
    run = day === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const todayNumber = dayNumber(today);
  let cursor = studied.has(todayNumber) ? todayNumber : todayNumber - 1;
  let current = 0;
  while (studied.has(cursor)) {
    current += 1;
    cursor -= 1;
  }
  return { current, longest };
}

/** The viewer's streak alone, for the home page: one grouped query over their own logs. */
export async function getStreak(viewer: Viewer, now: Date): Promise<Streak> {
  const day = studyDayBounds(now, viewer.timeZone, viewer.rolloverHour);
  const rows = await db.$queryRaw<{ day: string }[]>`
    SELECT DISTINCT ${studyDayOf(Prisma.sql`l.review`, viewer)} AS day
    FROM "ReviewLog" l
    WHERE l."userId" = ${viewer.id} AND NOT l.undone AND l.source = 'REVIEW' AND l.review < ${day.end}`;
  return countStreak(
    rows.map((row) => row.day),
    day.dayKey,
  );
}

function retentionOf(rows: DayRow[]): RetentionWindow {
  const reviews = rows.reduce((sum, row) => sum + row.matureReviews, 0);
  const passed = rows.reduce((sum, row) => sum + row.passed, 0);
  return { reviews, passed, rate: reviews ? passed / reviews : null };
}

const sumDuration = (rows: DayRow[]) => rows.reduce((sum, row) => sum + Number(row.durationMs), 0);

/** Everything the progress page shows, as plain objects, from four queries scoped to the viewer. */
export async function getProgress(viewer: Viewer, now: Date): Promise<Progress> {
  const day = studyDayBounds(now, viewer.timeZone, viewer.rolloverHour);
  const horizon = dayStartFrom(day.start, FORECAST_DAYS, viewer);
  const [daily, dueRows, deckRows] = await Promise.all([
    listDailyReviews(viewer, day.end),
    db.$queryRaw<{ day: string; count: number }[]>`
      SELECT ${studyDayOf(Prisma.sql`s.due`, viewer)} AS day, count(*)::int AS count
      FROM "CardState" s
      JOIN "StudyDeck" sd ON sd."userId" = s."userId" AND sd."deckId" = s."deckId"
      JOIN "Card" c ON c.id = s."cardId" AND NOT c.retired
      WHERE s."userId" = ${viewer.id} AND NOT s.suspended AND s.state <> 'NEW' AND s.due < ${horizon}
      GROUP BY 1`,
    db.$queryRaw<DeckStateCounts[]>`
      SELECT d.id AS "deckId", d.title,
             count(s.id) FILTER (WHERE NOT s.suspended AND s.state = 'NEW')::int AS new,
             count(s.id) FILTER (WHERE NOT s.suspended AND s.state = 'LEARNING')::int AS learning,
             count(s.id) FILTER (WHERE NOT s.suspended AND s.state = 'REVIEW')::int AS review,
             count(s.id) FILTER (WHERE NOT s.suspended AND s.state = 'RELEARNING')::int AS relearning,
             count(s.id) FILTER (WHERE s.suspended)::int AS suspended
      FROM "StudyDeck" sd
      JOIN "Deck" d ON d.id = sd."deckId"
      LEFT JOIN ("CardState" s JOIN "Card" c ON c.id = s."cardId" AND NOT c.retired)
        ON s."userId" = sd."userId" AND s."deckId" = sd."deckId"
      WHERE sd."userId" = ${viewer.id}
      GROUP BY d.id, d.title
      ORDER BY d.title, d.id`,
  ]);

  const since = (days: number) => {
    const first = shiftKey(day.dayKey, -(days - 1));
    return daily.filter((row) => row.day >= first && row.day <= day.dayKey);
  };
  const todayRows = since(1);
  const week = since(7);
  const month = since(30);

  const heatmap: Record<string, number> = {};
  for (const row of since(HEATMAP_DAYS)) heatmap[row.day] = row.reviews;

  const forecast = Array.from({ length: FORECAST_DAYS }, (_, index) => ({ date: shiftKey(day.dayKey, index), count: 0 }));
  for (const row of dueRows) {
    const index = Math.max(0, dayNumber(row.day) - dayNumber(day.dayKey));
    const bucket = forecast[index];
    if (bucket) bucket.count += row.count;
  }

  return {
    today: day.dayKey,
    totalReviews: daily.reduce((sum, row) => sum + row.reviews, 0),
    heatmap,
    retention: { last7: retentionOf(week), last30: retentionOf(month) },
    forecast,
    byDeck: deckRows,
    time: { todayMs: sumDuration(todayRows), last7Ms: sumDuration(week), last30Ms: sumDuration(month), totalMs: sumDuration(daily) },
    streak: countStreak(
      daily.map((row) => row.day),
      day.dayKey,
    ),
  };
}
