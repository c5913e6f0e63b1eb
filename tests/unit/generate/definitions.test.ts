import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate";

const cardsOf = (markdown: string) => generateDeck(markdown, { format: "md" }).cards;

describe("definition cards", () => {
  it("a bold term followed by a colon becomes a definition card both ways", () => {
    const cards = cardsOf("# Glossary\n\n**Overfitting**: when a model memorises its training data and performs badly on new data.\n");
    const forward = cards.find((card) => card.kind === "definition");
    const reverse = cards.find((card) => card.kind === "definition_reverse");
    expect(forward?.front).toBe("What is overfitting?");
    expect(forward?.back).toBe("When a model memorises its training data and performs badly on new data.");
    expect(reverse?.front).toContain("when a model memorises its training data");
    expect(reverse?.back).toBe("Overfitting");
    expect(forward?.passageKey).toBe(reverse?.passageKey);
    expect(forward?.key).not.toBe(reverse?.key);
  });

  it("an article-style sentence 'A foundation model is a ...' becomes a definition card both ways", () => {
    const cards = cardsOf("# Models\n\nA foundation model is a large AI model trained on broad data that is adapted to many different tasks.\n");
    expect(cards.find((card) => card.kind === "definition")?.front).toBe("What is a foundation model?");
    const reverse = cards.find((card) => card.kind === "definition_reverse");
    expect(reverse?.front).toBe("What is a large AI model trained on broad data that is adapted to many different tasks called?");
    expect(reverse?.back).toBe("Foundation model");
  });

  it("'X refers to ...' becomes a definition card", () => {
    const cards = cardsOf("# History\n\nThe **Reign of Terror** refers to the period from 1793 to 1794 when the revolutionary government ruled through mass executions.\n");
    expect(cards.find((card) => card.kind === "definition")?.front).toBe("What does the Reign of Terror refer to?");
    expect(cards.find((card) => card.kind === "definition_reverse")?.front).toMatch(/^Which term refers to the period from 1793 to 1794/);
  });

  it("'... is called X' defines X", () => {
    const cards = cardsOf("# Cells\n\nInside each chloroplast the stacks hold chlorophyll. The fluid around the stacks is called the stroma.\n");
    expect(cards.find((card) => card.kind === "definition")?.front).toBe("What is the stroma?");
    expect(cards.find((card) => card.kind === "definition_reverse")?.front).toBe("What is the fluid around the stacks called?");
  });

  it("opinions and pronoun subjects are not definitions", () => {
    const cards = cardsOf(
      "# Notes\n\nThis is a great way to learn quickly and it works for almost everyone.\n\nPython is the best language for beginners who want to build websites.\n\nIt is a model that many teams use in production today.\n",
    );
    expect(cards.filter((card) => card.kind === "definition" || card.kind === "definition_reverse")).toEqual([]);
  });

  it("skips the reverse card when the definition repeats the term", () => {
    const cards = cardsOf("# Terms\n\n**Fine-tuning**: the process of fine-tuning an existing model on a smaller, focused data set.\n");
    expect(cards.some((card) => card.kind === "definition")).toBe(true);
    expect(cards.some((card) => card.kind === "definition_reverse")).toBe(false);
  });

  it("a term in bold inside the subject is treated as the defined term", () => {
    const cards = cardsOf("# Biology\n\nMost energy on Earth comes from the sun. **Photosynthesis** is the process by which plants turn light energy into chemical energy.\n");
    expect(cards.find((card) => card.kind === "definition")?.front).toBe("What is photosynthesis?");
  });
});
