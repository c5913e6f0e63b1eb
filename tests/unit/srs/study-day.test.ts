import { describe, expect, it } from "vitest";
import { isValidTimeZone, studyDayBounds, studyDayKey } from "@/lib/srs/study-day";
import { at } from "./fixtures";

const HOUR_MS = 3_600_000;

describe("studyDayBounds", () => {
  it.each([
    // zone, rollover, now, day, start, end
    ["UTC", 4, "2025-06-15T03:00:00Z", "2025-06-14", "2025-06-14T04:00:00Z", "2025-06-15T04:00:00Z"],
    ["UTC", 4, "2025-06-15T04:00:00Z", "2025-06-15", "2025-06-15T04:00:00Z", "2025-06-16T04:00:00Z"],
    ["UTC", 0, "2025-06-15T03:00:00Z", "2025-06-15", "2025-06-15T00:00:00Z", "2025-06-16T00:00:00Z"],
    ["America/New_York", 4, "2025-06-15T06:00:00Z", "2025-06-14", "2025-06-14T08:00:00Z", "2025-06-15T08:00:00Z"],
    ["America/New_York", 0, "2025-06-15T06:00:00Z", "2025-06-15", "2025-06-15T04:00:00Z", "2025-06-16T04:00:00Z"],
    ["America/New_York", 4, "2025-01-15T12:00:00Z", "2025-01-15", "2025-01-15T09:00:00Z", "2025-01-16T09:00:00Z"],
    ["Asia/Kolkata", 4, "2025-06-14T22:00:00Z", "2025-06-14", "2025-06-13T22:30:00Z", "2025-06-14T22:30:00Z"],
    ["Asia/Kolkata", 0, "2025-06-14T22:00:00Z", "2025-06-15", "2025-06-14T18:30:00Z", "2025-06-15T18:30:00Z"],
    ["Pacific/Auckland", 4, "2025-01-10T00:00:00Z", "2025-01-10", "2025-01-09T15:00:00Z", "2025-01-10T15:00:00Z"],
    ["Pacific/Auckland", 0, "2025-06-15T11:30:00Z", "2025-06-15", "2025-06-14T12:00:00Z", "2025-06-15T12:00:00Z"],
    ["Pacific/Auckland", 0, "2025-06-15T12:30:00Z", "2025-06-16", "2025-06-15T12:00:00Z", "2025-06-16T12:00:00Z"],
    ["Pacific/Auckland", 4, "2025-06-15T12:30:00Z", "2025-06-15", "2025-06-14T16:00:00Z", "2025-06-15T16:00:00Z"],
  ])("in %s with rollover %d, %s falls in study day %s", (zone, rollover, now, dayKey, start, end) => {
    expect(studyDayBounds(at(now), zone, rollover)).toEqual({ start: at(start), end: at(end), dayKey });
  });

  it("at 02:00 local with rollover 4 it is still yesterday", () => {
    // 02:00 in New York on 15 June (EDT)
    expect(studyDayKey(at("2025-06-15T06:00:00Z"), "America/New_York", 4)).toBe("2025-06-14");
  });

  it("defaults the rollover hour to 4", () => {
    expect(studyDayKey(at("2025-06-15T03:59:59Z"), "UTC")).toBe("2025-06-14");
    expect(studyDayBounds(at("2025-06-15T03:59:59Z"), "UTC").start).toEqual(at("2025-06-14T04:00:00Z"));
  });

  it("the study day before New York springs forward is 23 hours long", () => {
    // 03:30 EDT on 9 March, half an hour after the clocks skipped 02:00-03:00
    const bounds = studyDayBounds(at("2025-03-09T07:30:00Z"), "America/New_York", 4);
    expect(bounds).toEqual({ start: at("2025-03-08T09:00:00Z"), end: at("2025-03-09T08:00:00Z"), dayKey: "2025-03-08" });
    expect(bounds.end.getTime() - bounds.start.getTime()).toBe(23 * HOUR_MS);
  });

  it("the study day before New York falls back is 25 hours long", () => {
    // 01:30 EST on 2 November, in the repeated hour
    const bounds = studyDayBounds(at("2025-11-02T06:30:00Z"), "America/New_York", 4);
    expect(bounds).toEqual({ start: at("2025-11-01T08:00:00Z"), end: at("2025-11-02T09:00:00Z"), dayKey: "2025-11-01" });
    expect(bounds.end.getTime() - bounds.start.getTime()).toBe(25 * HOUR_MS);
  });

  it("a rollover hour skipped by the clocks starts the day when the clocks resume", () => {
    const bounds = studyDayBounds(at("2025-03-09T12:00:00Z"), "America/New_York", 2);
    expect(bounds).toEqual({ start: at("2025-03-09T07:00:00Z"), end: at("2025-03-10T06:00:00Z"), dayKey: "2025-03-09" });
  });

  it("a rollover hour that happens twice starts the day at its first occurrence", () => {
    const bounds = studyDayBounds(at("2025-11-02T12:00:00Z"), "America/New_York", 1);
    expect(bounds).toEqual({ start: at("2025-11-02T05:00:00Z"), end: at("2025-11-03T06:00:00Z"), dayKey: "2025-11-02" });
  });

  it("handles Auckland's April and September clock changes", () => {
    const april = studyDayBounds(at("2025-04-05T15:30:00Z"), "Pacific/Auckland", 4);
    expect(april).toEqual({ start: at("2025-04-04T15:00:00Z"), end: at("2025-04-05T16:00:00Z"), dayKey: "2025-04-05" });
    const september = studyDayBounds(at("2025-09-27T12:00:00Z"), "Pacific/Auckland", 4);
    expect(september).toEqual({ start: at("2025-09-26T16:00:00Z"), end: at("2025-09-27T15:00:00Z"), dayKey: "2025-09-27" });
  });

  it.each([
    ["UTC", ["2025-06-01"]],
    ["America/New_York", ["2025-03-07", "2025-10-31"]],
    ["Asia/Kolkata", ["2025-06-01"]],
    ["Pacific/Auckland", ["2025-04-04", "2025-09-26"]],
    ["Europe/London", ["2025-03-28", "2025-10-24"]],
    ["Australia/Lord_Howe", ["2025-04-04", "2025-10-03"]],
  ])("in %s every instant around the clock changes lies inside its own study day", (zone, windows) => {
    const misplaced: string[] = [];
    for (const rollover of [0, 1, 2, 3, 4]) {
      for (const window of windows) {
        const from = at(`${window}T00:00:00Z`).getTime();
        for (let t = from; t < from + 3 * 24 * HOUR_MS; t += 53 * 60_000) {
          const { start, end, dayKey } = studyDayBounds(new Date(t), zone, rollover);
          const inside =
            start.getTime() <= t &&
            t < end.getTime() &&
            studyDayKey(start, zone, rollover) === dayKey &&
            studyDayKey(new Date(end.getTime() - 1), zone, rollover) === dayKey;
          if (!inside) misplaced.push(`${new Date(t).toISOString()} rollover ${rollover}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it("refuses a rollover hour that is not a whole hour of the day", () => {
    const now = at("2025-06-15T12:00:00Z");
    for (const rollover of [-1, 24, 2.5, Number.NaN]) {
      expect(() => studyDayBounds(now, "UTC", rollover)).toThrow(RangeError);
    }
  });

  it("refuses an unknown time zone", () => {
    expect(() => studyDayBounds(at("2025-06-15T12:00:00Z"), "Mars/Olympus_Mons", 4)).toThrow(RangeError);
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA names and refuses anything else", () => {
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});
