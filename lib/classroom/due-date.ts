import { studyDayBounds, studyDayKey } from "@/lib/srs/study-day";

const DAY_MS = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD. */
export function isValidDateKey(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The last second of a calendar day in a time zone: work is due by the end of that day, where the teacher is. */
export function dueAtFor(dateKey: string, timeZone: string): Date {
  if (!isValidDateKey(dateKey)) throw new RangeError(`Not a date: ${dateKey}`);
  let probe = new Date(`${dateKey}T12:00:00Z`);
  // Noon UTC can fall on the day before or after in far-off zones; step once toward the wanted day.
  const seen = studyDayKey(probe, timeZone, 0);
  if (seen > dateKey) probe = new Date(probe.getTime() - DAY_MS);
  else if (seen < dateKey) probe = new Date(probe.getTime() + DAY_MS);
  return new Date(studyDayBounds(probe, timeZone, 0).end.getTime() - 1000);
}

/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone. */
export function dateKeyIn(instant: Date, timeZone: string): string {
  return studyDayKey(instant, timeZone, 0);
}
