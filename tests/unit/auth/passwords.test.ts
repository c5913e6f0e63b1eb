import { describe, expect, it } from "vitest";
import { describePasswordProblem } from "@/lib/passwords";
import { safeCallbackUrl } from "@/lib/safe-callback-url";

describe("password rules", () => {
  it("refuses passwords shorter than 8 characters", () => {
    expect(describePasswordProblem("short1!")).toMatch(/at least 8/);
  });

  it("refuses the most common passwords whatever their case", () => {
    expect(describePasswordProblem("Password123")).toMatch(/most common/);
    expect(describePasswordProblem("qwertyuiop")).toMatch(/most common/);
  });

  it("refuses a password built from the email address", () => {
    expect(describePasswordProblem("ada.lovelace-1815", { email: "ada.lovelace@example.com" })).toMatch(/email/);
  });

  it("accepts a long uncommon passphrase", () => {
    expect(describePasswordProblem("copper kettle rides the tram")).toBeNull();
  });
});

describe("return links after sign-in", () => {
  it("follows a same-site path", () => {
    expect(safeCallbackUrl("/review?deck=abc")).toBe("/review?deck=abc");
  });

  it("never follows a link to another site", () => {
    expect(safeCallbackUrl("https://evil.example/steal")).toBe("/today");
    expect(safeCallbackUrl("//evil.example")).toBe("/today");
  });
});
