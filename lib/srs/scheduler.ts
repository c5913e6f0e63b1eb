import { type FSRS, type RecordLogItem, Rating, checkParameters, fsrs } from "ts-fsrs";
import { fromFsrsCard, toFsrsCard, toFsrsRating, toLogFields } from "@/lib/srs/mappers";
import type { Grade, GradeResult, MemoryState, SchedulerSettings } from "@/lib/srs/types";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

// Enough for every settings variant a server process sees at once; oldest dropped first.
const MAX_CACHED_INSTANCES = 64;
const instances = new Map<string, FSRS>();

function checkSettings(settings: SchedulerSettings): void {
  const { desiredRetention, maximumInterval } = settings;
  // ts-fsrs silently swaps 0 for its default, so bad values are stopped here instead.
  if (!Number.isFinite(desiredRetention) || desiredRetention <= 0 || desiredRetention >= 1) {
    throw new RangeError(`desiredRetention must be between 0 and 1 (exclusive), got ${desiredRetention}`);
  }
  if (maximumInterval !== undefined && (!Number.isInteger(maximumInterval) || maximumInterval < 1)) {
    throw new RangeError(`maximumInterval must be a whole number of days >= 1, got ${maximumInterval}`);
  }
}

function keySettings(settings: SchedulerSettings): string {
  const weights = settings.weights && settings.weights.length > 0 ? settings.weights.join(",") : "";
  return `${settings.desiredRetention}|${settings.maximumInterval ?? ""}|${settings.enableFuzz ? 1 : 0}|${weights}`;
}

/** The shared ts-fsrs instance for these settings (built once: it clips and migrates the weights). */
export function getFsrs(settings: SchedulerSettings): FSRS {
  const key = keySettings(settings);
  const cached = instances.get(key);
  if (cached) return cached;
  checkSettings(settings);
  // Wrong-length weights throw rather than quietly falling back to the defaults.
  const w = settings.weights && settings.weights.length > 0 ? checkParameters(settings.weights) : undefined;
  const instance = fsrs({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    w,
    enable_fuzz: settings.enableFuzz ?? false,
  });
  if (instances.size >= MAX_CACHED_INSTANCES) {
    const oldest = instances.keys().next().value;
    if (oldest !== undefined) instances.delete(oldest);
  }
  instances.set(key, instance);
  return instance;
}

function toGradeResult(item: RecordLogItem): GradeResult {
  return { next: fromFsrsCard(item.card), log: toLogFields(item.log) };
}

export function applyGrade(state: MemoryState, grade: Grade, now: Date, settings: SchedulerSettings): GradeResult {
  return toGradeResult(getFsrs(settings).next(toFsrsCard(state), now, toFsrsRating(grade)));
}

/** All four outcomes from one ts-fsrs preview, so they share one fuzz seed and stay ordered. */
export function previewOutcomes(state: MemoryState, now: Date, settings: SchedulerSettings): Record<Grade, GradeResult> {
  const preview = getFsrs(settings).repeat(toFsrsCard(state), now);
  return {
    1: toGradeResult(preview[Rating.Again]),
    2: toGradeResult(preview[Rating.Hard]),
    3: toGradeResult(preview[Rating.Good]),
    4: toGradeResult(preview[Rating.Easy]),
  };
}

export function previewIntervals(
  state: MemoryState,
  now: Date,
  settings: SchedulerSettings,
): Record<Grade, { due: Date; label: string }> {
  const outcomes = previewOutcomes(state, now, settings);
  const entry = (grade: Grade) => {
    const due = outcomes[grade].next.due;
    return { due, label: formatInterval(due.getTime() - now.getTime()) };
  };
  return { 1: entry(1), 2: entry(2), 3: entry(3), 4: entry(4) };
}

const roundToTenth = (value: number): number => Math.round(value * 10) / 10;

/**
 * A short label for a duration: "<1m", "10m", "3h", "12d", "2mo", "1.5mo", "1.2y".
 * Minutes, hours and days are whole; months (30 days) and years (365 days) keep one decimal
 * because a whole month or year hides differences learners care about. A value that rounds up
 * to the next unit's size moves into that unit (59.6 minutes is "1h", not "60m").
 */
export function formatInterval(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Cannot format interval ${ms}`);
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 1) return "<1m";
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(ms / HOUR_MS);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(ms / DAY_MS);
  if (days < 30) return `${days}d`;
  const months = roundToTenth(ms / DAY_MS / 30);
  if (months < 12) return `${months}mo`;
  return `${roundToTenth(ms / DAY_MS / 365)}y`;
}

/**
 * Predicted probability of recall at `at` (0 for never-studied cards).
 * Uses fractional days since the last review, so it falls smoothly within a day
 * (ts-fsrs's own get_retrievability floors to whole days).
 */
export function retrievability(state: MemoryState, at: Date, settings: SchedulerSettings): number {
  if (state.state === "NEW" || state.lastReview === null || !(state.stability > 0)) return 0;
  const elapsedDays = Math.max(0, (at.getTime() - state.lastReview.getTime()) / DAY_MS);
  return getFsrs(settings).forgetting_curve(elapsedDays, state.stability);
}
