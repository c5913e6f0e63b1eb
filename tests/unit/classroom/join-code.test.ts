import { describe, expect, it } from "vitest";
import { generateJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@/lib/classroom/join-code";

describe("join codes", () => {
  it("use 32 symbols with no 0, O, 1 or I", () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
    for (const ambiguous of "0O1I") expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
  });

  it("map each random byte to one symbol", () => {
    expect(generateJoinCode(() => Uint8Array.from([0, 1, 31, 32, 255, 8, 9, 10]))).toBe("AB9A9JKL");
  });

  it("are 8 symbols from the alphabet and differ from call to call", () => {
    const codes = new Set(Array.from({ length: 200 }, () => generateJoinCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect([...code].every((ch) => JOIN_CODE_ALPHABET.includes(ch))).toBe(true);
    }
  });
});
