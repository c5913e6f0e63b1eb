import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate";
import { deckFor } from "./fixtures";

const clozesOf = (markdown: string) => generateDeck(markdown, { format: "md" }).cards.filter((c) => c.kind === "cloze");
const STOP = /^(?:the|a|an|of|in|on|and|or|to|is|are|was|were|it|this|that|for|with|by|as|at)$/i;

describe("cloze cards", () => {
  it("hide a year in a factual sentence", () => {
    const [card] = clozesOf("# Networking\n\nThe first version of the protocol was published by the IETF in 1981 after years of testing.\n");
    expect(card?.front).toBe("The first version of the protocol was published by the IETF in _____ after years of testing.");
    expect(card?.back).toBe("1981");
  });

  it("prefer the bold term of a sentence", () => {
    const [card] = clozesOf("# Plants\n\nInside each chloroplast, stacks of flattened sacs called **thylakoids** hold the green pigment.\n");
    expect(card?.back).toBe("thylakoids");
  });

  it("hide a number with its unit and keep a counted noun visible", () => {
    const cards = clozesOf("# Cells\n\nA single mesophyll cell in a typical leaf can hold 30 to 40 chloroplasts.\n\nMarine phytoplankton produce about 50% of the oxygen that animals breathe.\n");
    expect(cards.map((c) => c.back)).toEqual(["30 to 40", "50%"]);
  });

  it("never hide a stop word, a word the sentence repeats, or use a sentence that is too short or too long", () => {
    const cards = clozesOf(
      "# Tests\n\nParis is big in 1900.\n\nThe Rhine flows past Basel, and Basel sits on the Rhine at the border of three countries today.\n\n" +
        `The committee met in 1850 ${"and talked about many other unrelated and very long matters ".repeat(6)}before it closed.\n`,
    );
    expect(cards).toEqual([]);
  });

  it("never hide a stop word across the fixtures, and at most two clozes per paragraph", () => {
    for (const name of ["photosynthesis.md", "french-revolution.md", "tcp-vs-udp.md", "lecture-notes.txt"]) {
      const clozes = deckFor(name).cards.filter((c) => c.kind === "cloze");
      expect(clozes.length).toBeGreaterThan(0);
      for (const card of clozes) expect(card.back).not.toMatch(STOP);
      const perPassage = new Map<string, number>();
      for (const card of clozes) perPassage.set(card.passageKey, (perPassage.get(card.passageKey) ?? 0) + 1);
      for (const count of perPassage.values()) expect(count).toBeLessThanOrEqual(2);
    }
  });

  it("sentences that lean on a pronoun are not clozed", () => {
    expect(clozesOf("# History\n\nIt was signed in Paris in 1783 by delegates from both sides of the war.\n")).toEqual([]);
  });

  it("become typed quiz items checked against the hidden span", () => {
    const deck = generateDeck("# Networking\n\nThe first version of the protocol was published by the IETF in 1981 after years of testing.\n", { format: "md" });
    const typed = deck.quiz.find((q) => q.kind === "typed");
    expect(typed?.prompt).toBe(deck.cards.find((c) => c.kind === "cloze")?.front);
    expect(typed?.answer).toBe("1981");
  });
});
