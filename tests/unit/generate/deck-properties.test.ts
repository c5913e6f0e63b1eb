import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate";
import { allFixtures, contains, contentWords, jaccard, visibleTexts } from "./fixtures";

const BLANK = /_{3,}/;
const MARKUP = /\*\*|`|\[[^\]]*\]\([^)]*\)|<\/?[a-z!][^>]*>|(?:^|\s)#{1,6}\s|\||(?<!_)__(?!_)|&(?:amp|lt|gt|quot|nbsp);/i;

describe.each(allFixtures())("deck from $name", ({ text, format }) => {
  const deck = generateDeck(text, { format });

  it("has a title and, unless the fixture has no material, cards and quiz items", () => {
    expect(deck.title.length).toBeGreaterThan(0);
    if (deck.cards.length === 0) expect(deck.message).toBeTruthy();
    else expect(deck.quiz.length).toBeGreaterThan(0);
  });

  it("never lets markdown or HTML syntax leak into visible text", () => {
    for (const text of visibleTexts(deck)) expect(text, text).not.toMatch(MARKUP);
  });

  it("never shows the answer in the question", () => {
    for (const card of deck.cards) {
      if (card.kind === "cloze") {
        expect(card.front).toMatch(BLANK);
        expect(contains(card.front.replace(BLANK, " "), card.back), card.front).toBe(false);
      } else {
        expect(contains(card.front, card.back.replace(/[.!?]$/, "")), `${card.front} => ${card.back}`).toBe(false);
      }
    }
    for (const item of deck.quiz) {
      if ((item.kind === "multiple_choice" || item.kind === "typed") && typeof item.answer === "string") {
        expect(contains(item.prompt.replace(BLANK, " "), item.answer), item.prompt).toBe(false);
      }
    }
  });

  it("has no duplicate or near-duplicate card fronts", () => {
    const words = deck.cards.map((card) => contentWords(card.front));
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i] ?? new Set<string>();
        const b = words[j] ?? new Set<string>();
        expect(jaccard(a, b), `${deck.cards[i]?.front} ~ ${deck.cards[j]?.front}`).toBeLessThanOrEqual(0.8);
      }
    }
  });

  it("makes whole questions and answers, not fragments", () => {
    for (const card of deck.cards) {
      expect(card.back).toMatch(/[\p{L}\p{N}]/u);
      expect(card.back.length).toBeLessThanOrEqual(300);
      if (card.kind === "cloze") {
        expect(card.front.match(/_{3,}/g)?.length).toBe(1);
        expect(contentWords(card.back).size).toBeGreaterThan(0);
      } else {
        expect(card.front, card.front).toMatch(/\?$/);
        expect(card.back, card.back).not.toMatch(/\b(?:and|or|of|the|a|an|to|with)[.]?$/i);
      }
      for (const text of [card.front, card.back]) {
        expect((text.match(/\(/g) ?? []).length, text).toBe((text.match(/\)/g) ?? []).length);
      }
    }
  });

  it("gives every card and quiz item a source", () => {
    for (const item of [...deck.cards, ...deck.quiz]) {
      expect(item.source.section.length + item.source.excerpt.length).toBeGreaterThan(0);
      expect(item.source.excerpt.length).toBeLessThanOrEqual(241);
      expect(item.passageKey).toMatch(/^[0-9a-f]{20}$/);
    }
  });

  it("identifies cards by unique keys and numbers them in order", () => {
    const keys = deck.cards.map((card) => card.key);
    expect(new Set(keys).size).toBe(keys.length);
    deck.cards.forEach((card, index) => {
      expect(card.id).toBe(card.key);
      expect(card.position).toBe(index);
    });
    const quizKeys = deck.quiz.map((item) => item.key);
    expect(new Set(quizKeys).size).toBe(quizKeys.length);
    deck.quiz.forEach((item, index) => expect(item.position).toBe(index));
  });

  it("gives multiple choice four distinct options including the answer", () => {
    for (const item of deck.quiz.filter((quiz) => quiz.kind === "multiple_choice")) {
      expect(Array.isArray(item.options)).toBe(true);
      const options = item.options as string[];
      expect(options).toHaveLength(4);
      expect(new Set(options.map((option) => option.toLowerCase())).size).toBe(4);
      expect(options).toContain(item.answer);
    }
  });

  it("shapes true/false, typed and matching items as the API promises", () => {
    for (const item of deck.quiz) {
      if (item.kind === "true_false") {
        expect(item.options).toEqual(["True", "False"]);
        expect(["True", "False"]).toContain(item.answer);
      } else if (item.kind === "typed") {
        expect(typeof item.answer).toBe("string");
        expect(item.prompt).toMatch(BLANK);
      } else if (item.kind === "matching") {
        const pairs = item.answer as [string, string][];
        const options = item.options as { left: string[]; right: string[] };
        expect(pairs.length).toBeGreaterThanOrEqual(3);
        expect(pairs.length).toBeLessThanOrEqual(5);
        expect(options.left).toEqual(pairs.map((pair) => pair[0]));
        expect([...options.right].sort()).toEqual(pairs.map((pair) => pair[1]).sort());
      }
    }
  });

  it("is deterministic: the same input gives the same JSON", () => {
    expect(JSON.stringify(generateDeck(text, { format }))).toBe(JSON.stringify(deck));
  });
});
