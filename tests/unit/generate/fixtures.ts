import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateDeck, type GeneratedDeck } from "@/lib/generate";

export const FIXTURE_DIR = path.resolve(import.meta.dirname, "../../fixtures/generate");

export type Fixture = { name: string; text: string; format: "md" | "txt" };

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURE_DIR, name), "utf8");
}

export function allFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFixture(name), format: name.endsWith(".txt") ? "txt" : "md" }));
}

export function deckFor(name: string): GeneratedDeck {
  return generateDeck(readFixture(name), { format: name.endsWith(".txt") ? "txt" : "md" });
}

/** Every piece of text a learner can see in a deck. */
export function visibleTexts(deck: GeneratedDeck): string[] {
  const texts = [deck.title, deck.message ?? ""];
  for (const card of deck.cards) texts.push(card.front, card.back, card.source.section, card.source.excerpt);
  for (const item of deck.quiz) {
    texts.push(item.prompt, item.explanation ?? "", item.source.section, item.source.excerpt);
    if (Array.isArray(item.options)) texts.push(...item.options);
    else if (item.options) texts.push(...item.options.left, ...item.options.right);
    if (typeof item.answer === "string") texts.push(item.answer);
    else texts.push(...item.answer.flat());
  }
  return texts;
}

export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function contains(haystack: string, needle: string): boolean {
  const n = normalize(needle);
  return n.length > 0 && ` ${normalize(haystack)} `.includes(` ${n} `);
}

const STOP = new Set("a an the and or of in on at to for by with is are was were be what which who how why does do it its this that these those".split(" "));

export function contentWords(text: string): Set<string> {
  return new Set(normalize(text).split(" ").filter((word) => word && !STOP.has(word)));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}
