import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate";
import { deckFor, visibleTexts } from "./fixtures";

const HOSTILE = `# Hostile page

The **Document Object Model** is a tree that represents the structure of a web page in the browser.

<script>alert(1)</script>

<img src=x onerror=alert(1)>

A <span onclick="alert(1)">cross-site script</span> attack injects code that runs in another user's browser session.

Inline <script>alert(1)</script> code and <img src=x onerror=alert(1)> images never show up in 2024 reports.

<iframe src="https://evil.example"></iframe>

&lt;script&gt;alert(1)&lt;/script&gt; written as entities is still only text about the 1995 browser wars.
`;

describe("HTML in documents", () => {
  it.each([
    ["markdown", "md"],
    ["plain text", "txt"],
  ] as const)("never reaches card or quiz text (%s)", (_, format) => {
    const deck = generateDeck(HOSTILE, { format });
    expect(deck.cards.length).toBeGreaterThan(0);
    const text = visibleTexts(deck).join("\n");
    for (const forbidden of ["<script", "</script", "alert(1)", "<img", "onerror", "onclick", "<span", "<iframe", "evil.example"]) {
      expect(text).not.toContain(forbidden);
    }
  });

  it("keeps the text of harmless inline tags", () => {
    const deck = deckFor("machine-learning-glossary.md");
    const text = visibleTexts(deck).join("\n");
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text).not.toContain("steal()");
  });
});

describe("documents with nothing to learn", () => {
  it("an empty or whitespace document gives an empty deck and says why", () => {
    for (const text of ["", "   \n\n  "]) {
      const deck = generateDeck(text);
      expect(deck.cards).toEqual([]);
      expect(deck.quiz).toEqual([]);
      expect(deck.message).toMatch(/no readable text/);
    }
  });

  it("a page of navigation and furniture gives an empty deck, not junk", () => {
    const deck = deckFor("no-material.md");
    expect(deck.cards).toEqual([]);
    expect(deck.quiz).toEqual([]);
    expect(deck.message).toMatch(/No flashcards could be made/);
  });

  it("chatty text without definitions, facts or questions gives an empty deck", () => {
    const deck = generateDeck("Hi everyone!\n\nI just wanted to say thanks for coming along today. It was really nice to see you all and I hope you enjoyed it as much as I did.\n\nSee you next week!\n", { format: "txt" });
    expect(deck.cards).toEqual([]);
    expect(deck.message).toBeTruthy();
  });

  it("takes the title from front matter, then the first H1, then the fallback, then the first line", () => {
    expect(generateDeck("---\ntitle: Front\n---\n# Heading\n\nText.").title).toBe("Front");
    expect(generateDeck("# Heading\n\nText.").title).toBe("Heading");
    expect(generateDeck("## Sub\n\nText.", { format: "md", fallbackTitle: "notes" }).title).toBe("notes");
    expect(generateDeck("Some first line here.\n\nMore text follows.", { format: "md" }).title).toBe("Some first line here.");
  });
});
