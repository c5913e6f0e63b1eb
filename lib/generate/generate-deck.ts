// Document text in, deck out: parse, generate, validate, identify, de-duplicate, order.

import { cleanText, truncateWords } from "./clean-text";
import type { ParsedDocument } from "./document-model";
import type { CardDraft, DocumentInfo, QuizDraft } from "./drafts";
import { dropNearDuplicates } from "./dedupe";
import { makeKey, passageKeyCache } from "./ids";
import { looksLikeMarkdown } from "./input";
import { parseMarkdown } from "./parse";
import { topicFromTitle } from "./phrasing";
import { plainTextToMarkdown } from "./plain-text";
import { acceptCard, acceptQuizItem } from "./quality";
import { buildQuiz } from "./quiz";
import type { GenerateOptions, GeneratedCard, GeneratedDeck, GeneratedQuizItem } from "./types";
import { collectDrafts } from "./walk-sections";
import { contentTokens } from "./words";

const NO_TEXT = "The document has no readable text once formatting and page furniture are removed.";
const NO_MATERIAL = "No flashcards could be made: the document has no definitions, lists, tables, questions or fact-bearing sentences to learn from.";

function cleanTitle(title: string): string {
  const cleaned = cleanText(title).replace(/\s+[|·•]\s+[^|·•]{1,40}$/, "").trim();
  return truncateWords(cleaned, 120);
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).map((l) => l.replace(/^[#>*\-+\s]+/, "").trim()).find((l) => l && !/^(?:---|\+\+\+)$/.test(l));
  return line ? truncateWords(cleanText(line), 80) : "";
}

function documentInfo(parsed: ParsedDocument, title: string): DocumentInfo {
  const lowercaseWords = new Set<string>();
  const properWords = new Set<string>();
  const years = new Set<number>();
  const unicodeWord = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
  const asciiWord = /[A-Za-z0-9][A-Za-z0-9'-]*/g;
  const visit = (text: string) => {
    const word = /^[\x00-\x7f]*$/.test(text) ? asciiWord : unicodeWord;
    word.lastIndex = 0;
    for (let match = word.exec(text); match; match = word.exec(text)) {
      const token = match[0];
      const first = token.charCodeAt(0);
      if (first >= 48 && first <= 57) {
        if (token.length === 4 && /^(?:1[0-9]{3}|20[0-9]{2})$/.test(token) && !/[.,-]/.test(text.charAt(match.index - 1))) years.add(Number(token));
      } else if ((first >= 97 && first <= 122) || (first > 127 && /^\p{Ll}/u.test(token))) {
        lowercaseWords.add(token);
      } else if (match.index > 1 && text.charCodeAt(match.index - 1) === 32 && /[\p{L}\p{N},;)]/u.test(text.charAt(match.index - 2)) && /^\p{Lu}[\p{Ll}'-]+$/u.test(token)) {
        properWords.add(token);
      }
    }
  };
  for (const section of parsed.sections) {
    if (section.furniture) continue;
    for (const block of section.blocks) {
      if (block.type === "paragraph") visit(block.inline.text);
      else if (block.type === "list") block.items.forEach((item) => visit(item.text));
      else [block.header, ...block.rows].forEach((row) => row.forEach((cell) => visit(cell.text)));
    }
  }
  const info: DocumentInfo = { title, lowercaseWords, properWords, years: [...years].sort((a, b) => a - b) };
  const topic = topicFromTitle(title, info);
  if (topic) info.topic = topic;
  return info;
}

function hasText(parsed: ParsedDocument): boolean {
  return parsed.sections.some((section) => !section.furniture && section.blocks.length > 0);
}

function finalizeCards(drafts: CardDraft[], passageKey: (passage: string) => string): GeneratedCard[] {
  const accepted = drafts
    .map(acceptCard)
    .filter((draft): draft is CardDraft => draft !== null)
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => a.draft.order - b.draft.order || a.index - b.index)
    .map(({ draft }) => ({ draft, key: makeKey(draft.kind, draft.unit, draft.discriminator) }));
  const seen = new Set<string>();
  const unique = accepted.filter(({ key }) => !seen.has(key) && (seen.add(key), true));
  const distinctFronts = dropNearDuplicates(unique, ({ draft }) => draft.front);
  // Two cards that explain the same thing in the same words are one card, whatever their questions.
  const longBacks = distinctFronts.filter(({ draft }) => draft.kind !== "cloze" && contentTokens(draft.back).length >= 6);
  const keptLong = new Set(dropNearDuplicates(longBacks, ({ draft }) => draft.back));
  const isLong = new Set(longBacks);
  return distinctFronts.filter((entry) => keptLong.has(entry) || !isLong.has(entry)).map(({ draft, key }, position) => ({
    id: key,
    key,
    passageKey: passageKey(draft.passage),
    kind: draft.kind,
    front: draft.front,
    back: draft.back,
    source: draft.source,
    position,
  }));
}

function finalizeQuiz(drafts: QuizDraft[], passageKey: (passage: string) => string): GeneratedQuizItem[] {
  const accepted = drafts
    .map(acceptQuizItem)
    .filter((draft): draft is QuizDraft => draft !== null)
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => a.draft.order - b.draft.order || a.index - b.index)
    .map(({ draft }) => ({ draft, key: draft.key ?? makeKey(draft.kind, draft.unit, draft.discriminator) }));
  const seen = new Set<string>();
  const unique = accepted.filter(({ key }) => !seen.has(key) && (seen.add(key), true));
  const byKind = (kind: QuizDraft["kind"]) => unique.filter(({ draft }) => draft.kind === kind);
  const kept = new Set([
    ...dropNearDuplicates(byKind("multiple_choice"), ({ draft }) => draft.prompt),
    ...dropNearDuplicates(byKind("true_false"), ({ draft }) => draft.prompt),
    ...dropNearDuplicates(byKind("typed"), ({ draft }) => draft.prompt),
    ...dropNearDuplicates(byKind("matching"), ({ draft }) => (Array.isArray(draft.answer) ? draft.answer.map((pair) => pair[0]).join(" ") : draft.prompt)),
  ]);
  return unique
    .filter((entry) => kept.has(entry))
    .map(({ draft, key }, position) => {
      const item: GeneratedQuizItem = { id: key, key, passageKey: passageKey(draft.passage), kind: draft.kind, prompt: draft.prompt, answer: draft.answer, source: draft.source, position };
      if (draft.options) item.options = draft.options;
      if (draft.explanation) item.explanation = draft.explanation;
      return item;
    });
}

export function generateDeck(text: string, options: GenerateOptions = {}): GeneratedDeck {
  const source = (text ?? "").replace(/^\ufeff/, "");
  const format = options.format ?? (looksLikeMarkdown(source) ? "md" : "txt");
  const markdown = format === "txt" ? plainTextToMarkdown(source) : source;
  const parsed = parseMarkdown(markdown);
  const fallback = options.fallbackTitle?.trim();
  const title = cleanTitle(parsed.frontMatterTitle ?? parsed.firstH1 ?? (fallback || firstLine(source)));
  if (!hasText(parsed)) return { title, cards: [], quiz: [], message: NO_TEXT };
  const doc = documentInfo(parsed, title);
  const { cards: drafts, facts } = collectDrafts(parsed, doc);
  const passageKey = passageKeyCache();
  const cards = finalizeCards(drafts, passageKey);
  if (!cards.length) return { title, cards: [], quiz: [], message: NO_MATERIAL };
  const quiz = finalizeQuiz(buildQuiz(facts, doc.years), passageKey);
  return { title, cards, quiz };
}
