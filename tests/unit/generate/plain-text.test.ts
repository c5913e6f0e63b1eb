import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate";
import { plainTextToMarkdown } from "@/lib/generate/plain-text";
import { deckFor, visibleTexts } from "./fixtures";

describe("plain text and pasted web pages", () => {
  it("short lines without a final period become headings, the first one the title", () => {
    const markdown = plainTextToMarkdown("Photosynthesis\n\nHow it works\nPlants turn light into chemical energy stored in sugar, and they release oxygen.\n");
    expect(markdown).toContain("# Photosynthesis\n");
    expect(markdown).toContain("## How it works\n");
  });

  it("glyph, dash and star bullets with odd indentation become one list", () => {
    const markdown = plainTextToMarkdown("Lead-in sentence for the list:\n  • First item\n      ◦ Second item\n * Third item\n   - Fourth item\n");
    expect(markdown).toContain("- First item\n- Second item\n- Third item\n- Fourth item");
  });

  it("numbered lines become an ordered list", () => {
    const markdown = plainTextToMarkdown("Follow these steps:\n1. Prompt the model.\n2) Add your own documents.\n3. Fine-tune it.\n");
    expect(markdown).toMatch(/1\. Prompt the model\.\n1\. Add your own documents\.\n1\. Fine-tune it\./);
  });

  it("consecutive 'Name: explanation' lines become one named list", () => {
    const deck = generateDeck("Edge computing\n\nBenefits\nLower latency: decisions are made in milliseconds.\nBandwidth savings: only summaries travel to the cloud.\nPrivacy: raw data can stay on site.\n", { format: "txt" });
    expect(deck.cards.find((card) => card.kind === "list")?.front).toBe("What are the 3 benefits of edge computing?");
    expect(deck.cards.filter((card) => card.kind === "list_item").map((card) => card.front)).toEqual([
      "Benefits of edge computing: what is lower latency?",
      "Benefits of edge computing: what are bandwidth savings?",
      "Benefits of edge computing: what is privacy?",
    ]);
  });

  it("tab-separated lines become a table", () => {
    const markdown = plainTextToMarkdown("Key differences\nFeature\tTCP\tUDP\nSpeed\tSlower\tFaster\nOrdering\tIn order\tNone\n");
    expect(markdown).toContain("| Feature | TCP | UDP |\n| --- | --- | --- |\n| Speed | Slower | Faster |");
  });

  it("question lines become FAQ headings without their widget characters", () => {
    const markdown = plainTextToMarkdown("Groundwork for teachers\n\nFAQ\nIs it free? +\nYes, the basic plan costs nothing for teachers and their students.\nCan I export my decks? ⌄\nYes, every deck can be exported as a CSV file at any time.\n");
    expect(markdown).toContain("### Is it free?\n");
    expect(markdown).toContain("### Can I export my decks?\n");
  });

  it("hard-wrapped paragraphs are joined back together", () => {
    const markdown = plainTextToMarkdown("Notes\n\nPhotosynthesis takes place in the chloroplasts, small organelles found mostly in\nthe cells of the leaf mesophyll. A single cell can hold 30 to 40 of them.\n");
    expect(markdown).toContain("found mostly in the cells of the leaf mesophyll.");
  });

  it("navigation leftovers never become cards", () => {
    const deck = deckFor("tcp-vs-udp-pasted.txt");
    const text = visibleTexts(deck).join("\n");
    for (const furniture of ["Related terms", "Tags", "min read", "March 3, 2024", "Share", "Subscribe", "cookies", "Table of contents", "Skip to main content", "All rights reserved", "Was this article helpful", "Socket"]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("a pasted copy of an article yields the same kinds of cards as its markdown", () => {
    const fromMarkdown = deckFor("tcp-vs-udp.md");
    const fromText = deckFor("tcp-vs-udp-pasted.txt");
    expect(fromText.title).toBe(fromMarkdown.title);
    const fronts = new Set(fromMarkdown.cards.map((card) => card.front));
    const shared = fromText.cards.filter((card) => fronts.has(card.front));
    expect(shared.length).toBeGreaterThanOrEqual(fromText.cards.length * 0.8);
    for (const kind of ["question", "table", "cloze", "definition_reverse"] as const) {
      expect(fromText.cards.some((card) => card.kind === kind), kind).toBe(true);
    }
  });

  it("a byline, a date and a category label above the title are dropped", () => {
    const deck = deckFor("photosynthesis-pasted.txt");
    expect(deck.title).toBe("Photosynthesis");
    expect(visibleTexts(deck).join("\n")).not.toMatch(/Jane Example|12 Jan 2024|Biology Basics/);
  });

  it("'Term: definition' lines in plain text become definition cards", () => {
    const deck = generateDeck("Economics terms\n\nPrices settle where supply meets demand.\n\nDemand: the quantity of a good that buyers are willing and able to purchase at each price.\n", { format: "txt" });
    expect(deck.cards.find((card) => card.kind === "definition")?.front).toBe("What does “demand” mean?");
  });
});
