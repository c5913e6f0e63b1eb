import { describe, expect, it } from "vitest";
import { dateKeyIn, dueAtFor, isValidDateKey } from "@/lib/classroom/due-date";

describe("due dates", () => {
  it("accept only real calendar dates", () => {
    expect(isValidDateKey("2026-02-28")).toBe(true);
    expect(isValidDateKey("2026-02-30")).toBe(false);
    expect(isValidDateKey("2026-2-3")).toBe(false);
  });

  it("fall at the end of the day where the teacher is", () => {
    expect(dueAtFor("2026-12-01", "UTC").toISOString()).toBe("2026-12-01T23:59:59.000Z");
    expect(dueAtFor("2026-12-01", "Europe/Paris").toISOString()).toBe("2026-12-01T22:59:59.000Z");
    expect(dueAtFor("2026-12-01", "Pacific/Kiritimati").toISOString()).toBe("2026-12-01T09:59:59.000Z");
    expect(dueAtFor("2026-12-01", "Pacific/Pago_Pago").toISOString()).toBe("2026-12-02T10:59:59.000Z");
  });

  it("read back as the same calendar date", () => {
    for (const zone of ["UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      expect(dateKeyIn(dueAtFor("2026-03-29", zone), zone)).toBe("2026-03-29");
    }
  });
});
