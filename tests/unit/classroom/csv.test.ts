import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/classroom/csv";

describe("csv", () => {
  it("leaves plain cells alone and empties missing ones", () => {
    expect(toCsv([["Ada", 3, null, undefined, true]])).toBe("Ada,3,,,true\r\n");
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell('Ben, "the quick"')).toBe('"Ben, ""the quick"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell(-1)).toBe("-1");
  });
});
