import { describe, expect, it } from "vitest";
import { ChangePasswordInput, DeleteAccountInput, SettingsInput } from "@/lib/validation/settings";

const form = { name: "Ada", timeZone: "Europe/Paris", rolloverHour: "4", desiredRetention: "0.9", newCardsPerDay: "20", maxReviewsPerDay: "200" };

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
}

describe("settings input", () => {
  it("reads form strings as numbers", () => {
    expect(SettingsInput.parse(form)).toEqual({ name: "Ada", timeZone: "Europe/Paris", rolloverHour: 4, desiredRetention: 0.9, newCardsPerDay: 20, maxReviewsPerDay: 200 });
  });

  it("refuses a time zone that does not exist", () => {
    const result = SettingsInput.safeParse({ ...form, timeZone: "Mars/Olympus_Mons" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result).timeZone).toMatch(/time zone from the list/);
  });

  it("keeps the rollover hour a whole hour of the day", () => {
    expect(SettingsInput.safeParse({ ...form, rolloverHour: "24" }).success).toBe(false);
    expect(SettingsInput.safeParse({ ...form, rolloverHour: "-1" }).success).toBe(false);
    expect(SettingsInput.safeParse({ ...form, rolloverHour: "4.5" }).success).toBe(false);
    expect(SettingsInput.safeParse({ ...form, rolloverHour: "0" }).success).toBe(true);
    expect(SettingsInput.safeParse({ ...form, rolloverHour: "23" }).success).toBe(true);
  });

  it("keeps desired retention between 70% and 97%", () => {
    expect(SettingsInput.safeParse({ ...form, desiredRetention: "0.69" }).success).toBe(false);
    expect(SettingsInput.safeParse({ ...form, desiredRetention: "0.98" }).success).toBe(false);
    expect(SettingsInput.safeParse({ ...form, desiredRetention: "0.7" }).success).toBe(true);
    expect(SettingsInput.safeParse({ ...form, desiredRetention: "0.97" }).success).toBe(true);
  });

  it("allows no new cards but at least one review a day", () => {
    expect(SettingsInput.safeParse({ ...form, newCardsPerDay: "0" }).success).toBe(true);
    expect(SettingsInput.safeParse({ ...form, newCardsPerDay: "501" }).success).toBe(false);
    expect(SettingsInput.safeParse({ ...form, maxReviewsPerDay: "0" }).success).toBe(false);
    expect(SettingsInput.safeParse({ ...form, maxReviewsPerDay: "5001" }).success).toBe(false);
  });

  it("an empty number field is missing, not zero", () => {
    const result = SettingsInput.safeParse({ ...form, newCardsPerDay: "" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result).newCardsPerDay).toBe("Enter new cards per day.");
  });

  it("needs a name of at most 100 characters", () => {
    expect(fieldErrors(SettingsInput.safeParse({ ...form, name: "   " })).name).toBe("Enter your name.");
    expect(SettingsInput.safeParse({ ...form, name: "a".repeat(101) }).success).toBe(false);
  });
});

describe("change password input", () => {
  const good = { currentPassword: "old secret words", newPassword: "copper kettle rides", confirm: "copper kettle rides" };

  it("accepts a confirmed new password", () => {
    expect(ChangePasswordInput.safeParse(good).success).toBe(true);
  });

  it("a confirmation that does not match is an error on the confirmation", () => {
    const result = ChangePasswordInput.safeParse({ ...good, confirm: "copper kettle ride" });
    expect(fieldErrors(result)).toEqual({ confirm: "The two new passwords do not match." });
  });

  it("asks for the current password", () => {
    expect(fieldErrors(ChangePasswordInput.safeParse({ ...good, currentPassword: "" })).currentPassword).toBe("Enter your current password.");
  });

  it("refuses a new password that is the current one", () => {
    const result = ChangePasswordInput.safeParse({ currentPassword: good.newPassword, newPassword: good.newPassword, confirm: good.newPassword });
    expect(fieldErrors(result).newPassword).toMatch(/different/);
  });
});

describe("delete account input", () => {
  it("needs the exact words", () => {
    expect(DeleteAccountInput.safeParse({ confirmation: "delete my account" }).success).toBe(true);
    expect(DeleteAccountInput.safeParse({ confirmation: "delete" }).success).toBe(false);
    expect(DeleteAccountInput.safeParse({ confirmation: "delete my accounts" }).success).toBe(false);
    expect(DeleteAccountInput.safeParse({}).success).toBe(false);
  });

  it("forgives a capital first letter and stray spaces", () => {
    expect(DeleteAccountInput.safeParse({ confirmation: "  Delete my account " }).success).toBe(true);
  });
});
