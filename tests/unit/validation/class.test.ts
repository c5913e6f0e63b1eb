import { describe, expect, it } from "vitest";
import { AssignmentInput, ClassNameInput, JoinCodeInput } from "@/lib/validation/class";

const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("class input", () => {
  it("class names are trimmed and required", () => {
    expect(ClassNameInput.parse("  Biology 7B ")).toBe("Biology 7B");
    expect(ClassNameInput.safeParse("   ").success).toBe(false);
    expect(ClassNameInput.safeParse("x".repeat(101)).success).toBe(false);
  });

  it("join codes are trimmed, upper-cased and 6 to 10 letters or digits", () => {
    expect(JoinCodeInput.parse("  k7qm2xpa ")).toBe("K7QM2XPA");
    expect(JoinCodeInput.parse("k7qm-2xpa")).toBe("K7QM2XPA");
    expect(JoinCodeInput.safeParse("ABC12").success).toBe(false);
    expect(JoinCodeInput.safeParse("ABCDEFGHJKL").success).toBe(false);
    expect(JoinCodeInput.safeParse("ABCD$EFG").success).toBe(false);
  });

  it("an assignment needs a deck, a real future date and a target from 50 to 99%", () => {
    expect(AssignmentInput.parse({ deckId: "deck-1", dueDate: dayFromNow(7), targetRecall: "" })).toEqual({ deckId: "deck-1", dueDate: dayFromNow(7), targetRecall: undefined });
    expect(AssignmentInput.parse({ deckId: "deck-1", dueDate: dayFromNow(7), targetRecall: "85" }).targetRecall).toBe(85);
    const bad = AssignmentInput.safeParse({ deckId: "", dueDate: dayFromNow(-3), targetRecall: "40" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["deckId", "dueDate", "targetRecall"]);
    expect(AssignmentInput.safeParse({ deckId: "d", dueDate: "2026-02-30" }).success).toBe(false);
    expect(AssignmentInput.safeParse({ deckId: "d", dueDate: dayFromNow(1), targetRecall: "100" }).success).toBe(false);
  });
});
