import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate";

const cardsOf = (text: string, format: "md" | "txt" = "md") => generateDeck(text, { format }).cards;

describe("question cards", () => {
  it("an FAQ heading ending in '?' is answered by the first sentences under it", () => {
    const cards = cardsOf(
      "# TCP\n\n## FAQ\n\n### Is UDP faster than TCP?\n\nUsually, yes. UDP skips the handshake and the acknowledgements, so it has less overhead and lower latency. The price is that lost packets stay lost. Applications must cope with that themselves, which takes extra work.\n",
    );
    const card = cards.find((c) => c.kind === "question");
    expect(card?.front).toBe("Is UDP faster than TCP?");
    expect(card?.back).toBe("Usually, yes. UDP skips the handshake and the acknowledgements, so it has less overhead and lower latency.");
    expect(card?.source.section).toBe("TCP › FAQ › Is UDP faster than TCP?");
  });

  it("a stray widget character after the question mark is dropped", () => {
    for (const widget of ["+", "⌄", "›", "▾"]) {
      const cards = cardsOf(`Networking basics\n\nFrequently asked questions\nWhy does DNS use UDP? ${widget}\nMost DNS queries fit in a single small packet, so a TCP connection would take longer than the lookup itself.\n`, "txt");
      expect(cards.find((c) => c.kind === "question")?.front).toBe("Why does DNS use UDP?");
    }
  });

  it("a bold question followed by its answer in the same paragraph becomes a card", () => {
    const cards = cardsOf("# Revolution\n\n**Who was king when the revolution began?**\nLouis XVI was king of France from 1774 until the monarchy was abolished in 1792.\n");
    const card = cards.find((c) => c.kind === "question");
    expect(card?.front).toBe("Who was king when the revolution began?");
    expect(card?.back).toBe("Louis XVI was king of France from 1774 until the monarchy was abolished in 1792.");
  });

  it("answers longer than about 300 characters are trimmed to the sentences that answer", () => {
    const long = Array.from({ length: 6 }, (_, i) => `Sentence number ${i + 1} explains one more detail about how the protocol recovers lost packets over time.`).join(" ");
    const card = cardsOf(`# Guide\n\n## How does TCP recover lost packets?\n\n${long}\n`).find((c) => c.kind === "question");
    expect(card).toBeDefined();
    expect(card?.back.length).toBeLessThanOrEqual(300);
    expect(card?.back.startsWith("Sentence number 1")).toBe(true);
  });

  it("marketing and rhetorical headings are not questions", () => {
    const cards = cardsOf("# Product\n\n## Ready to get started?\n\nSign up today and get the first month free of charge for your whole team.\n\n## What's next?\n\nWe will cover the rest of the features in the next part.\n");
    expect(cards.filter((c) => c.kind === "question")).toEqual([]);
  });

  it("a question that leans on a pronoun gets the topic as context", () => {
    const card = cardsOf("# Foundation models\n\n## FAQ\n\n### How are they trained?\n\nThey are trained once on broad data with self-supervised learning, then adapted cheaply to many tasks.\n").find((c) => c.kind === "question");
    expect(card?.front).toBe("Foundation models: how are they trained?");
  });
});
