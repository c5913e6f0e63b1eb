import { describe, expect, it } from "vitest";
import { riskReasons } from "@/lib/classroom/at-risk";

const now = new Date("2026-11-22T10:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
const base = { cardsStarted: 10, totalCards: 10, predictedRecallAtDue: 0.9, targetRecall: null, dueAt: inDays(10), now };

describe("at risk", () => {
  it("a student with every card started and good recall is on track", () => {
    expect(riskReasons(base)).toEqual([]);
  });

  it("predicted recall under the target, or 70% without one, is a risk", () => {
    expect(riskReasons({ ...base, predictedRecallAtDue: 0.65 })).toEqual(["Predicted recall below 70%"]);
    expect(riskReasons({ ...base, predictedRecallAtDue: 0.8, targetRecall: 0.85 })).toEqual(["Predicted recall below 85%"]);
  });

  it("unstarted cards matter only close to the due date", () => {
    expect(riskReasons({ ...base, cardsStarted: 9 })).toEqual([]);
    expect(riskReasons({ ...base, cardsStarted: 9, dueAt: inDays(3) })).toEqual(["Cards not started, due soon"]);
    expect(riskReasons({ ...base, cardsStarted: 9, dueAt: inDays(-1) })).toEqual(["Past due with cards not started"]);
  });
});
