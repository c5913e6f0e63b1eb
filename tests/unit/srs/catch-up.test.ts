import { describe, expect, it } from "vitest";
import { planCatchUp } from "@/lib/srs/catch-up";
import { retrievability } from "@/lib/srs/scheduler";
import { DAY_MS, DEFAULT_SETTINGS, addMs, at, makeReviewState } from "./fixtures";

const NOW = at("2025-09-01T08:00:00Z");

const overdueCards = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    cardId: `c${i}`,
    state: makeReviewState({ stability: 5 + (i % 17), lastReview: addMs(NOW, -(40 + (i % 23)) * DAY_MS), due: addMs(NOW, -DAY_MS) }),
  }));

describe("planCatchUp", () => {
  it("spreads 250 overdue cards at 100 a day over three days, cleared two days from now", () => {
    const plan = planCatchUp({ overdue: overdueCards(250), now: NOW, dailyCap: 100, settings: DEFAULT_SETTINGS });
    expect(plan.days).toBe(3);
    expect(plan.clearedOn).toEqual(at("2025-09-03T08:00:00Z"));
    expect(plan.order).toHaveLength(250);
  });

  it("a backlog that fits in today's cap clears today", () => {
    const plan = planCatchUp({ overdue: overdueCards(100), now: NOW, dailyCap: 100, settings: DEFAULT_SETTINGS });
    expect(plan.days).toBe(1);
    expect(plan.clearedOn).toEqual(NOW);
  });

  it("one card over the cap takes a second day", () => {
    const plan = planCatchUp({ overdue: overdueCards(101), now: NOW, dailyCap: 100, settings: DEFAULT_SETTINGS });
    expect(plan.days).toBe(2);
    expect(plan.clearedOn).toEqual(at("2025-09-02T08:00:00Z"));
  });

  it("no backlog needs no days", () => {
    expect(planCatchUp({ overdue: [], now: NOW, dailyCap: 50, settings: DEFAULT_SETTINGS })).toEqual({ order: [], days: 0, clearedOn: NOW });
  });

  it("puts the most forgotten cards first", () => {
    const overdue = overdueCards(60);
    const plan = planCatchUp({ overdue, now: NOW, dailyCap: 10, settings: DEFAULT_SETTINGS });
    const recallById = new Map(overdue.map((card) => [card.cardId, retrievability(card.state, NOW, DEFAULT_SETTINGS)]));
    const recalls = plan.order.map((id) => recallById.get(id) ?? Number.NaN);
    expect(recalls).toEqual([...recalls].sort((a, b) => a - b));
    expect(new Set(plan.order)).toEqual(new Set(overdue.map((card) => card.cardId)));
  });

  it("refuses a daily cap below one", () => {
    for (const dailyCap of [0, -5, 2.5]) {
      expect(() => planCatchUp({ overdue: overdueCards(3), now: NOW, dailyCap, settings: DEFAULT_SETTINGS })).toThrow(RangeError);
    }
  });
});
