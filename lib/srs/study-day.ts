import { isValidTimeZone } from "@/lib/time-zone";

export { isValidTimeZone };

export type StudyDayBounds = {
  /** First instant of the study day (local rollover hour). */
  start: Date;
  /** First instant of the next study day; the day is [start, end). 23 or 25 hours long on DST days. */
  end: Date;
  /** The study day's calendar date, YYYY-MM-DD. */
  dayKey: string;
};

export const DEFAULT_ROLLOVER_HOUR = 4;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

// Creating an Intl.DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function checkRolloverHour(rolloverHour: number): void {
  if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23) {
    throw new RangeError(`rolloverHour must be a whole hour from 0 to 23, got ${rolloverHour}`);
  }
}

/** The zone's UTC offset in ms at an instant (local wall clock minus UTC). */
function offsetAt(instantMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of getFormatter(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const wallMs = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  const wholeSecondMs = instantMs - (((instantMs % 1000) + 1000) % 1000);
  return wallMs - wholeSecondMs;
}

/**
 * The instant a local wall-clock time (given as if it were UTC) happens in the zone.
 * Repeated times (clocks going back) take the earlier instant; skipped times (clocks going
 * forward) move forward by the gap, as Temporal's "compatible" disambiguation does.
 */
function wallTimeToInstant(wallMs: number, timeZone: string): number {
  const offsetBefore = offsetAt(wallMs - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wallMs + DAY_MS, timeZone);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].filter(
    (instant) => instant + offsetAt(instant, timeZone) === wallMs,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return wallMs - offsetBefore;
}

function formatDayKey(wallMs: number): string {
  const date = new Date(wallMs);
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

/** YYYY-MM-DD of the study day `date` falls in: before the rollover hour it is still the day before. */
export function studyDayKey(date: Date, timeZone: string, rolloverHour: number = DEFAULT_ROLLOVER_HOUR): string {
  checkRolloverHour(rolloverHour);
  const instantMs = date.getTime();
  return formatDayKey(instantMs + offsetAt(instantMs, timeZone) - rolloverHour * HOUR_MS);
}

export function studyDayBounds(
  now: Date,
  timeZone: string,
  rolloverHour: number = DEFAULT_ROLLOVER_HOUR,
): StudyDayBounds {
  const dayKey = studyDayKey(now, timeZone, rolloverHour);
  const [year = 1970, month = 1, day = 1] = dayKey.split("-").map(Number);
  const start = wallTimeToInstant(Date.UTC(year, month - 1, day, rolloverHour), timeZone);
  const end = wallTimeToInstant(Date.UTC(year, month - 1, day + 1, rolloverHour), timeZone);
  return { start: new Date(start), end: new Date(end), dayKey };
}
