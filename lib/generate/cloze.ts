// Cloze cards from key sentences: hide a defined term, a year, a number or a name. At most one or two
// per paragraph, never a stop word, never a word the sentence repeats.

import { lowerFirst, upperFirst } from "./clean-text";
import type { CardDraft, ClozeAnchor, ClozeFact, Origin } from "./drafts";
import { splitSentences } from "./sentences";
import { containsPhrase, contentTokens, countWords, isStopWord, normalizeLoose } from "./words";

export const BLANK = "_____";

const MIN_WORDS = 8;
const MAX_WORDS = 40;
const NEEDS_CONTEXT_START = /^(?:it|its|it's|they|them|their|this|these|that|those|he|she|his|her|such|which|there|here|we|our|you|your|i|both|each|either|neither|another|other|so|and|but|or|also|then|instead|otherwise|similarly|likewise|for example|for instance|e\.g\.|i\.e\.|as a result|because of this|in this case|in that case|as such|like this|to do this|to do so|at this point|at that point|the former|the latter|the same|one|some|many|most|all)\b/i;
const DISCOURSE_START = /^(?:however|therefore|thus|in addition|additionally|moreover|furthermore|meanwhile|indeed|in fact|today|now|finally|first|second|third|lastly|overall|in short|in summary|importantly|notably|interestingly|historically|traditionally|technically|in practice|in general|generally|typically|usually|in particular)\s*,\s+/i;
const UNUSABLE = /https?:|www\.|\b(?:see|shown|listed|described|mentioned)\s+(?:below|above)\b|\b(?:the following|this article|this post|this guide|click|in the next section|the table)\b|[:;]$|\?$/i;

const YEAR = /(?<![\p{L}\d/.,-])(1[0-9]{3}|20[0-9]{2})(?:s)?(?![\d/]|[.,]\d|\s*[-–]\s*\d|-)/gu;
const YEAR_CONTEXT = /\b(?:in|since|by|from|until|till|of|during|around|circa|c\.|early|late|mid|before|after|between|and|to|year|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2})\s*$/i;
const UNIT = "(?:%|percent|per cent|km|kg|mg|cm|mm|nm|µm|m|g|lb|lbs|oz|mph|km/h|°C|°F|°|K|GB|MB|TB|KB|GHz|MHz|Hz|kW|MW|GW|W|kWh|V|ms)";
const NUMBER = new RegExp(
  `(?<![\\p{L}\\d/.,#-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s?(?:–|-|to)\\s?(\\d+(?:\\.\\d+)?))?(\\s?${UNIT}(?![\\p{L}])|\\s(?:million|billion|trillion|thousand|hundred)\\b)?(?![\\p{L}\\d]|[.,]\\d|-)`,
  "gu",
);
const COUNTED_NOUN = /^\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{3,})\b/u;
const NAME_SEQUENCE = /(?:\p{Lu}[\p{L}'’.-]*|[\p{Lu}\d]{2,}(?:-\d+)?)(?:\s+(?:(?:of|de|von|van|der|du|la|le|the|for|on|da|di|del)\s+)?(?:\p{Lu}[\p{L}'’.-]*|[IVX]+|\d+))*/gu;
const ENUMERATION_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*|\d+)(?:,\s*|\s+(?:and|or|&)\s+)$/u;
const ENUMERATION_AFTER = /^(?:,\s*|\s+(?:and|or|&)\s+)\p{Lu}/u;
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const WEAK_NAMES = new Set(["i", "ok", "ai", "ml", "us", "uk", "eu", "tv", "pc", "id", "a", "an", "the", "english", "internet", "web"]);

type Candidate = { start: number; end: number; answer: string; anchor: ClozeAnchor; score: number };

function countTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of normalizeLoose(text).split(" ")) if (token) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** True when a word of the answer also occurs outside the hidden span, which would give it away. */
function appearsElsewhere(sentenceCounts: Map<string, number>, answer: string): boolean {
  const answerCounts = countTokens(answer);
  for (const [token, count] of answerCounts) {
    if ((token.length > 2 || /\d/.test(token)) && !isStopWord(token) && (sentenceCounts.get(token) ?? 0) > count) return true;
  }
  return answerCounts.size === 0;
}

function termCandidates(sentence: string, marked: string[], strong: ReadonlySet<string>): Candidate[] {
  const found: Candidate[] = [];
  for (const term of marked) {
    const words = countWords(term);
    if (words === 0 || words > 5 || contentTokens(term).length === 0 || term.length < 3) continue;
    const index = sentence.indexOf(term);
    if (index < 0) continue;
    found.push({ start: index, end: index + term.length, answer: term, anchor: "term", score: strong.has(term) ? 5 : 3.5 });
  }
  return found;
}

function yearCandidates(sentence: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of sentence.matchAll(YEAR)) {
    const index = match.index ?? 0;
    if (index === 0 || !YEAR_CONTEXT.test(sentence.slice(0, index))) continue;
    found.push({ start: index, end: index + match[0].length, answer: match[0], anchor: "year", score: 4 });
  }
  return found;
}

function numberCandidates(sentence: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of sentence.matchAll(NUMBER)) {
    const index = match.index ?? 0;
    const text = match[0];
    const hasUnit = Boolean(match[3]);
    if (index === 0 || /^(?:1[0-9]{3}|20[0-9]{2})$/.test(text)) continue;
    if (/\b(?:RFC|ISO|No\.?|number|version|v|page|p\.|chapter|section|figure|fig\.|table|step|level|class|grade|room|route|port)\s*$/i.test(sentence.slice(0, index)) && !hasUnit) continue;
    if (!hasUnit && !COUNTED_NOUN.test(sentence.slice(index + text.length))) continue;
    if (!hasUnit && Number(match[1]?.replace(/,/g, "")) < 2 && !match[2]) continue;
    found.push({ start: index, end: index + text.length, answer: text.trim(), anchor: "number", score: 3 });
  }
  return found;
}

function nameCandidates(sentence: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of sentence.matchAll(NAME_SEQUENCE)) {
    let text = match[0].replace(/[.'’-]+$/, "");
    const index = match.index ?? 0;
    text = text.replace(/\s+(?:of|de|von|van|der|du|la|le|the|and|for|on|da|di|del)$/i, "");
    const words = text.split(/\s+/);
    if (index === 0 && words.length < 2) continue;
    if (index === 0 && words.length >= 2 && isStopWord(words[0] ?? "")) continue;
    if (words.length > 6 || text.length < 3 || WEAK_NAMES.has(text.toLowerCase()) || MONTHS.test(text) || isStopWord(text)) continue;
    if (/^\d+$/.test(text) || /^[IVX]+$/.test(text)) continue;
    const before = sentence.slice(0, index);
    if (/[(“"‘]$/.test(before.trim()) && index > 0) continue;
    if (ENUMERATION_BEFORE.test(before) || ENUMERATION_AFTER.test(sentence.slice(index + text.length))) continue;
    found.push({ start: index, end: index + text.length, answer: text, anchor: "name", score: words.length > 1 || /\p{Lu}.*\p{Lu}/u.test(text) ? 2.5 : 2 });
  }
  return found;
}

function prepareSentence(sentence: string): string | null {
  const stripped = sentence.replace(DISCOURSE_START, "");
  const text = stripped === sentence ? sentence : upperFirst(stripped);
  const words = countWords(text);
  if (words < MIN_WORDS || words > MAX_WORDS || NEEDS_CONTEXT_START.test(text) || UNUSABLE.test(text)) return null;
  if (!/[.]["”’)]?$/.test(text) || /^[^.!?]{1,60}:\s/.test(text)) return null;
  if ((text.match(/[“”"]/g)?.length ?? 0) % 2 === 1 || (text.match(/\(/g)?.length ?? 0) !== (text.match(/\)/g)?.length ?? 0)) return null;
  return text;
}

export type ClozeBudget = Map<string, number>;

export function stem(word: string): string {
  return word.replace(/(?:ies|es|s)$/, (ending) => (ending === "ies" ? "y" : "")).replace(/'s$/, "");
}

/** A name or term the title already announces is what the whole document is about: hiding it teaches nothing. */
function isTitleWord(candidate: Candidate, titleStems: ReadonlySet<string>): boolean {
  if (candidate.anchor !== "name" && candidate.anchor !== "term") return false;
  const tokens = contentTokens(candidate.answer);
  return tokens.length > 0 && tokens.every((token) => titleStems.has(stem(token)));
}

const GENERIC_SUBJECT = /^The (?:term|word|name|concept|idea|process|technique|method|approach|practice|theory|phenomenon|law|rule|effect|principle)\b/;

/** Cloze cards for one paragraph, best sentence first; `skip` holds sentences other cards already use. */
export function clozeCards(
  text: string,
  marked: string[],
  strong: string[],
  skip: ReadonlySet<string>,
  budget: ClozeBudget,
  makeOrigin: (unit: string, sub: number) => Origin,
  context?: string,
  titleStems: ReadonlySet<string> = new Set(),
): { cards: CardDraft[]; facts: ClozeFact[] } {
  const sentences = splitSentences(text);
  const strongSet = new Set(strong);
  const scored: { sentence: string; candidate: Candidate; index: number }[] = [];
  sentences.forEach((raw, index) => {
    if (skip.has(normalizeLoose(raw))) return;
    const sentence = prepareSentence(raw);
    if (!sentence) return;
    let counts: Map<string, number> | undefined;
    const words = countWords(sentence);
    const usable = (candidate: Candidate) =>
      !appearsElsewhere((counts ??= countTokens(sentence)), candidate.answer) &&
      words - countWords(candidate.answer) >= 6 &&
      (budget.get(normalizeLoose(candidate.answer)) ?? 0) < 2 &&
      !isTitleWord(candidate, titleStems);
    // Anchor kinds in order of preference: a cheaper, better kind that works spares the name scan.
    let best: Candidate | undefined;
    for (const find of [() => termCandidates(sentence, marked, strongSet), () => yearCandidates(sentence), () => numberCandidates(sentence), () => nameCandidates(sentence)]) {
      const found = find()
        .filter(usable)
        .sort((a, b) => b.score - a.score || a.start - b.start)[0];
      if (found && (!best || found.score > best.score)) best = found;
      if (best && best.score >= 4) break;
    }
    if (best) scored.push({ sentence, candidate: best, index });
  });
  const limit = sentences.length >= 4 ? 2 : 1;
  const chosen = [...scored]
    .sort((a, b) => b.candidate.score - a.candidate.score || a.index - b.index)
    .filter((entry, position, all) => all.findIndex((other) => normalizeLoose(other.candidate.answer) === normalizeLoose(entry.candidate.answer)) === position)
    .slice(0, limit)
    .filter((entry, position) => position === 0 || entry.candidate.score >= 3)
    .sort((a, b) => a.index - b.index);
  const cards: CardDraft[] = [];
  const facts: ClozeFact[] = [];
  for (const { sentence, candidate, index } of chosen) {
    const prefix = context && GENERIC_SUBJECT.test(sentence) && !containsPhrase(context, candidate.answer) && !containsPhrase(sentence, context) ? `${upperFirst(context)}: ` : "";
    const before = prefix ? `${prefix}${lowerFirst(sentence.slice(0, candidate.start))}` : sentence.slice(0, candidate.start);
    const after = sentence.slice(candidate.end);
    const front = `${before}${BLANK}${after}`;
    const origin = makeOrigin(sentence, index);
    budget.set(normalizeLoose(candidate.answer), (budget.get(normalizeLoose(candidate.answer)) ?? 0) + 1);
    cards.push({ ...origin, kind: "cloze", front, back: candidate.answer, discriminator: candidate.answer });
    facts.push({ origin, front, answer: candidate.answer, anchor: candidate.anchor, sentence, before, after });
  }
  return { cards, facts };
}
