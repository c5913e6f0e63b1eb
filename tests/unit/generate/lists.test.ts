import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate";

const cardsOf = (text: string, format: "md" | "txt" = "md") => generateDeck(text, { format }).cards;

const CHARACTERISTICS = `# Foundation models

## Common characteristics

Foundation models share five common characteristics:

- **Scale**: billions to trillions of parameters.
- **Diverse training data**: web text, books, code, images and video.
- **Self-supervised pre-training**: no hand-labelled data is needed.
- **Emergent abilities**: skills such as arithmetic appear at enough scale.
- **Transfer**: unseen tasks are handled through prompting.
`;

describe("list cards", () => {
  it("a lead-in sentence followed by a list becomes one list card", () => {
    const card = cardsOf(CHARACTERISTICS).find((c) => c.kind === "list");
    expect(card?.front).toBe("Foundation models share five common characteristics. What are they?");
    expect(card?.back).toBe("Scale; Diverse training data; Self-supervised pre-training; Emergent abilities; Transfer.");
  });

  it("items that carry a name and an explanation get one card each", () => {
    const items = cardsOf(CHARACTERISTICS).filter((c) => c.kind === "list_item");
    expect(items).toHaveLength(5);
    expect(items[0]?.front).toBe("Common characteristics of foundation models: what is scale?");
    expect(items[0]?.back).toBe("Billions to trillions of parameters.");
    expect(new Set(items.map((item) => item.passageKey)).size).toBe(1);
  });

  it("'Name — explanation' and 'Name: explanation' items are read the same way as bold names", () => {
    const dashed = cardsOf("# Pigments\n\n## Leaf pigments\n\n- Chlorophyll a — the main pigment, which absorbs blue and red light\n- Chlorophyll b — an accessory pigment that widens the usable light\n- Carotenoids — yellow pigments that protect the leaf\n");
    expect(dashed.filter((c) => c.kind === "list_item").map((c) => c.back)).toEqual([
      "The main pigment, which absorbs blue and red light.",
      "An accessory pigment that widens the usable light.",
      "Yellow pigments that protect the leaf.",
    ]);
  });

  it("a plural heading over a list asks for the items with their count", () => {
    const card = cardsOf("# The French Revolution\n\n## Causes\n\n- Debt\n- Inequality\n- Bread prices\n- New ideas\n").find((c) => c.kind === "list");
    expect(card?.front).toBe("What are the 4 causes of the French Revolution?");
  });

  it("a named list under a glossary heading becomes definition cards", () => {
    const cards = cardsOf("# Economics\n\nPrices move until supply meets demand.\n\n## Key terms\n\n- **Demand**: the quantity buyers want at each price.\n- **Supply**: the quantity sellers offer at each price.\n");
    expect(cards.filter((c) => c.kind === "definition").map((c) => c.front)).toEqual(["What does “demand” mean?", "What does “supply” mean?"]);
    expect(cards.some((c) => c.kind === "list_item")).toBe(false);
  });

  it("lists of links are navigation, not content", () => {
    const cards = cardsOf("# Article\n\n## Further steps\n\n- [What is an IP address?](https://example.com/ip)\n- [How HTTPS works](https://example.com/https)\n- [Ports explained](https://example.com/ports)\n");
    expect(cards).toEqual([]);
  });
});
