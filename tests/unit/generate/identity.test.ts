import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate";
import { makeKey, sha256Hex, shuffleWithKey } from "@/lib/generate/ids";
import { readFixture } from "./fixtures";

describe("card identity", () => {
  it("hashes with SHA-256", () => {
    for (const text of ["", "abc", "a".repeat(55), "a".repeat(64), "photosynthèse ✓ 光合作用".repeat(9)]) {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text).digest("hex"));
    }
  });

  it("a key depends on the passage's normalized text and the kind, not on case or spacing", () => {
    expect(makeKey("cloze", "The  Calvin cycle\nruns in the stroma.")).toBe(makeKey("cloze", "the calvin cycle runs in the stroma."));
    expect(makeKey("cloze", "The Calvin cycle runs in the stroma.")).not.toBe(makeKey("definition", "The Calvin cycle runs in the stroma."));
  });

  it("editing one paragraph keeps the keys of cards from every other passage", () => {
    const original = readFixture("tcp-vs-udp.md");
    const paragraph = "Both protocols use port numbers to deliver data to the right application.";
    expect(original).toContain(paragraph);
    const edited = original.replace(paragraph, "Both protocols rely on port numbers so that each packet reaches the right program.");
    const before = generateDeck(original, { format: "md" });
    const after = generateDeck(edited, { format: "md" });
    const afterKeys = new Set(after.cards.map((card) => card.key));
    const untouched = before.cards.filter((card) => card.source.section !== "TCP vs UDP: What's the Difference? › Port numbers");
    expect(untouched.length).toBeGreaterThan(10);
    for (const card of untouched) expect(afterKeys.has(card.key), card.front).toBe(true);
    const quizKeys = new Set(after.quiz.map((item) => item.key));
    for (const item of before.quiz.filter((quiz) => !quiz.source.section.endsWith("Port numbers"))) expect(quizKeys.has(item.key), item.prompt).toBe(true);
  });

  it("moving a section keeps its cards' keys", () => {
    const text = "# Doc\n\n## A\n\nThe ImageNet benchmark, released in 2009, contains more than 14 million labelled images.\n\n## B\n\n**Overfitting**: when a model memorises its training data and fails on new data.\n";
    const swapped = "# Doc\n\n## B\n\n**Overfitting**: when a model memorises its training data and fails on new data.\n\n## A\n\nThe ImageNet benchmark, released in 2009, contains more than 14 million labelled images.\n";
    const keys = (markdown: string) => generateDeck(markdown, { format: "md" }).cards.map((card) => card.key).sort();
    expect(keys(swapped)).toEqual(keys(text));
  });

  it("cards from the same passage share a passage key; cards from different passages do not", () => {
    const deck = generateDeck(readFixture("photosynthesis.md"), { format: "md" });
    const table = deck.cards.filter((card) => card.kind === "table");
    expect(new Set(table.map((card) => card.passageKey)).size).toBe(1);
    const definitions = deck.cards.filter((card) => card.kind === "definition");
    expect(new Set(definitions.map((card) => card.passageKey)).size).toBe(definitions.length);
  });

  it("shuffles deterministically from a key", () => {
    const items = ["a", "b", "c", "d"];
    expect(shuffleWithKey(items, "0123456789abcdef")).toEqual(shuffleWithKey(items, "0123456789abcdef"));
    const orders = new Set(["00000001", "9abcdef0", "deadbeef", "12345678", "fedcba98"].map((key) => shuffleWithKey(items, key).join("")));
    expect(orders.size).toBeGreaterThan(1);
  });
});
