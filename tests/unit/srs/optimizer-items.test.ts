import { describe, expect, it } from "vitest";
import { buildTrainingItems } from "@/lib/srs/optimizer-items";

const at = (iso: string) => new Date(iso);

describe("training items for the optimizer", () => {
  it("makes one item per review after a card's first, each holding the whole history so far", () => {
    const items = buildTrainingItems(
      [
        { cardId: "a", rating: 3, review: at("2026-01-01T10:00:00Z") },
        { cardId: "a", rating: 3, review: at("2026-01-04T10:00:00Z") },
        { cardId: "a", rating: 1, review: at("2026-01-14T10:00:00Z") },
        { cardId: "b", rating: 4, review: at("2026-01-02T10:00:00Z") },
      ],
      "UTC",
      4,
    );
    expect(items).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 3 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 3 },
        { rating: 1, deltaT: 10 },
      ],
    ]);
  });

  it("counts intervals in the learner's study days, so a review before the rollover belongs to the day before", () => {
    const items = buildTrainingItems(
      [
        { cardId: "a", rating: 3, review: at("2026-03-01T22:00:00Z") },
        { cardId: "a", rating: 3, review: at("2026-03-02T03:00:00Z") },
      ],
      "UTC",
      4,
    );
    expect(items[0]?.[1]?.deltaT).toBe(0);
  });

  it("sorts each card's reviews by time whatever order the log arrives in", () => {
    const items = buildTrainingItems(
      [
        { cardId: "a", rating: 1, review: at("2026-01-10T10:00:00Z") },
        { cardId: "a", rating: 3, review: at("2026-01-01T10:00:00Z") },
      ],
      "Europe/Paris",
      4,
    );
    expect(items).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 9 },
      ],
    ]);
  });
});
