import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate";

const COMPARISON = `# Networking

## TCP and UDP compared

| Feature | TCP | UDP |
|---|---|---|
| Connection | Connection-oriented | Connectionless |
| Header size | 20 to 60 bytes | 8 bytes |
| Speed | Slower | Faster |
`;

const PATHWAYS = `# Plants

## Carbon fixation

| Pathway | Climate | Example |
|---|---|---|
| C3 | Cool and moist | Wheat |
| C4 | Hot and sunny | Maize |
| CAM | Very dry | Pineapple |
| C2 | Shaded and humid | Rice |
`;

describe("table cards", () => {
  it("a comparison table gives one card per cell, phrased from its row and column headers", () => {
    const cards = generateDeck(COMPARISON, { format: "md" }).cards.filter((c) => c.kind === "table");
    expect(cards.map((c) => `${c.front} => ${c.back}`)).toEqual([
      "TCP: connection? => Connection-oriented.",
      "UDP: connection? => Connectionless.",
      "TCP: header size? => 20 to 60 bytes.",
      "UDP: header size? => 8 bytes.",
      "TCP: speed? => Slower.",
      "UDP: speed? => Faster.",
    ]);
    expect(new Set(cards.map((c) => c.passageKey)).size).toBe(1);
    expect(cards[0]?.source.excerpt).toBe("Connection — TCP: Connection-oriented");
  });

  it("when rows are the entities, the first column names them", () => {
    const fronts = generateDeck(PATHWAYS, { format: "md" }).cards.map((c) => c.front);
    expect(fronts).toContain("C3 pathway: climate?");
    expect(fronts).toContain("CAM pathway: example?");
  });

  it("multiple choice distractors are other cells of the same column", () => {
    const quiz = generateDeck(PATHWAYS, { format: "md" }).quiz.filter((q) => q.kind === "multiple_choice" && q.prompt.endsWith("example?"));
    expect(quiz.length).toBeGreaterThan(0);
    for (const item of quiz) expect([...(item.options as string[])].sort()).toEqual(["Maize", "Pineapple", "Rice", "Wheat"]);
  });

  it("a two-column comparison gives true/false items with a swapped value", () => {
    const quiz = generateDeck(COMPARISON, { format: "md" }).quiz.filter((q) => q.kind === "true_false");
    expect(quiz.length).toBeGreaterThan(0);
    for (const item of quiz) {
      expect(item.prompt).toMatch(/^True or false: (TCP|UDP): /);
      if (item.answer === "False") expect(item.explanation).not.toBe(item.prompt.replace("True or false: ", ""));
    }
  });

  it("a term and definition table becomes definition cards", () => {
    const cards = generateDeck("# Terms\n\nEvery network trades latency against throughput.\n\n| Term | Definition |\n|---|---|\n| Latency | the delay before data starts to arrive |\n| Throughput | the amount of data delivered per second |\n", { format: "md" }).cards;
    expect(cards.filter((c) => c.kind === "definition").map((c) => c.front)).toEqual(["What does “latency” mean?", "What does “throughput” mean?"]);
    expect(cards.filter((c) => c.kind === "definition_reverse").map((c) => c.back)).toEqual(["Latency", "Throughput"]);
  });
});
