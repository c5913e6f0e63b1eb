// Walks the section tree and asks each generator for drafts, keeping track of which sentences a card
// already uses so that a cloze does not repeat a definition or an FAQ answer.

import { clozeCards, stem, type ClozeBudget } from "./cloze";
import { truncateWords } from "./clean-text";
import type { Block, InlineText, ParsedDocument, Section } from "./document-model";
import type { CardDraft, DocumentInfo, Facts, Origin, SectionView } from "./drafts";
import { asStandaloneQuestion, isRealQuestion, joinItems, splitInlineQuestion, stripAnswerLabel, trimAnswer } from "./faq";
import { findDefinitions } from "./definitions";
import { isFurnitureText } from "./furniture";
import { listCards, type ListLead } from "./lists";
import { readNamedItems } from "./named-items";
import { contextFor, withContext } from "./phrasing";
import { splitSentences } from "./sentences";
import { tableCards } from "./tables";
import { contentTokens, countWords, normalizeLoose } from "./words";

const EXCERPT_CHARS = 240;
const COUNTED_LEAD = /\b(?:following|these|include|includes|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i;

type Walk = { cards: CardDraft[]; facts: Facts; budget: ClozeBudget };

function excerptOf(text: string): string {
  return truncateWords(text.replace(/\s*\n+\s*/g, " — ").trim(), EXCERPT_CHARS);
}

function isUsable(block: Block): boolean {
  if (block.type !== "paragraph") return true;
  const { text, linkOnly } = block.inline;
  return !linkOnly && !isFurnitureText(text) && countWords(text) >= 3;
}

function originMaker(view: SectionView, block: Block, passage: string, offset = 0) {
  return (unit: string, sub: number, excerpt = unit): Origin => ({
    unit,
    passage,
    source: { section: view.label, excerpt: excerptOf(excerpt) },
    order: block.order * 1_000_000 + offset + sub,
  });
}

function listPassage(block: Extract<Block, { type: "list" }>, lead: string): string {
  return [lead, ...block.items.map((item) => item.text)].filter(Boolean).join("\n");
}

function leadFor(blocks: Block[], index: number, view: SectionView): ListLead | null {
  const block = blocks[index];
  if (block?.type === "list" && block.parentItem) {
    const parent = block.parentItem.replace(/:$/, "");
    return countWords(parent) <= 8 ? { kind: "sentence", text: parent } : null;
  }
  const previous = blocks[index - 1];
  if (previous?.type === "paragraph") {
    const last = splitSentences(previous.inline.text).pop() ?? "";
    if (last.endsWith(":")) return { kind: "sentence", text: last.replace(/:$/, "").trim() };
    if (isRealQuestion(last)) return { kind: "question", text: last };
    if (/[.]$/.test(last) && COUNTED_LEAD.test(last) && countWords(last) <= 14) return { kind: "sentence", text: last.replace(/[.]$/, "") };
  }
  const topLevelList = (other: Block) => other.type === "list" && !other.parentItem;
  const firstList = blocks.findIndex(topLevelList);
  const onlyProseBefore = blocks.slice(0, index).every((other) => other.type === "paragraph") && firstList === index;
  if (view.heading && (index === 0 || onlyProseBefore) && !blocks.slice(index + 1).some(topLevelList)) return { kind: "heading", text: view.heading };
  return null;
}

function answerFrom(blocks: Block[], start: number): { answer: string; source: string; sentences: string[] } | null {
  const first = blocks[start];
  if (!first) return null;
  if (first.type === "paragraph") {
    const text = stripAnswerLabel(first.inline.text);
    const next = blocks[start + 1];
    if (text.endsWith(":") && next?.type === "list") {
      const joined = joinItems(next.items.map((item) => item.text), next.ordered);
      return joined ? { answer: joined, source: `${text}\n${next.items.map((item) => item.text).join("\n")}`, sentences: [] } : null;
    }
    const answer = trimAnswer(text);
    return answer ? { answer, source: text, sentences: splitSentences(answer) } : null;
  }
  if (first.type === "list") {
    const named = readNamedItems(first.items);
    const joined = joinItems(named ? named.map((item) => item.name) : first.items.map((item) => item.text), first.ordered);
    return joined ? { answer: joined, source: first.items.map((item) => item.text).join("\n"), sentences: [] } : null;
  }
  return null;
}

function questionCard(walk: Walk, view: SectionView, block: Block, question: string, answer: { answer: string; source: string }, offset: number, used: Set<string>, sentences: string[]) {
  const unit = `${question}\n${answer.source}`;
  const make = originMaker(view, block, unit, offset);
  walk.cards.push({ ...make(unit, 0), kind: "question", front: withContext(question, view), back: answer.answer, discriminator: "" });
  for (const sentence of sentences) used.add(normalizeLoose(sentence));
}

function tableTitle(view: SectionView, previous: Block | undefined): string | undefined {
  if (previous?.type === "paragraph") {
    const last = splitSentences(previous.inline.text).pop() ?? "";
    if (last.endsWith(":") && countWords(last) <= 8) return last.replace(/:$/, "");
  }
  if (view.heading && !view.heading.endsWith("?")) return view.heading;
  return contextFor(view);
}

function walkSection(section: Section, doc: DocumentInfo, walk: Walk) {
  const path = section.path[0] === doc.title || !doc.title ? section.path : [doc.title, ...section.path];
  const label = path.join(" › ");
  const view: SectionView = { label, heading: section.heading, path: section.path, doc };
  const blocks = section.blocks.filter(isUsable);
  const used = new Set<string>();
  const consumed = new Set<number>();

  if (isRealQuestion(section.heading) && blocks[0]) {
    const answer = answerFrom(blocks, 0);
    if (answer) questionCard(walk, view, blocks[0], section.heading, answer, -1, used, answer.sentences);
  }

  blocks.forEach((block, index) => {
    if (block.type !== "paragraph" || consumed.has(index)) return;
    const inline = splitInlineQuestion(block.inline);
    if (inline && isRealQuestion(inline.question)) {
      const answer = trimAnswer(stripAnswerLabel(inline.answer));
      if (answer) questionCard(walk, view, block, inline.question, { answer, source: inline.answer }, 0, used, splitSentences(answer));
      consumed.add(index);
      return;
    }
    const question = asStandaloneQuestion(block.inline.text);
    const next = blocks[index + 1];
    if (question && next?.type === "paragraph" && !asStandaloneQuestion(next.inline.text)) {
      const answer = answerFrom(blocks, index + 1);
      if (answer) questionCard(walk, view, block, question, answer, 0, used, answer.sentences);
      consumed.add(index);
    }
  });

  blocks.forEach((block, index) => {
    if (consumed.has(index)) return;
    if (block.type === "paragraph") {
      const found = findDefinitions(block.inline.text, block.inline.leadStrong, block.inline.marked, originMaker(view, block, block.inline.text, 100_000), view);
      walk.cards.push(...found.cards);
      walk.facts.definitions.push(...found.facts);
      for (const sentence of found.usedSentences) used.add(normalizeLoose(sentence));
      return;
    }
    if (block.type === "list") {
      const lead = leadFor(blocks, index, view);
      const passage = listPassage(block, lead?.text ?? "");
      const result = listCards(block.items, block.ordered, lead, view, originMaker(view, block, passage));
      walk.cards.push(...result.cards);
      walk.facts.definitions.push(...result.definitions);
      if (result.fact) walk.facts.namedLists.push(result.fact);
      if (!readNamedItems(block.items)) {
        block.items.forEach((item, itemIndex) => {
          if (countWords(item.text) < 6) return;
          const found = findDefinitions(item.text, undefined, item.marked, originMaker(view, block, passage, 200_000 + itemIndex * 100), view);
          walk.cards.push(...found.cards);
          walk.facts.definitions.push(...found.facts);
          for (const sentence of found.usedSentences) used.add(normalizeLoose(sentence));
        });
      }
      return;
    }
    const passage = [block.header, ...block.rows].map((row) => row.map((cell) => cell.text).join(" — ")).join("\n");
    const result = tableCards(block.header, block.rows, tableTitle(view, blocks[index - 1]), view, originMaker(view, block, passage));
    walk.cards.push(...result.cards);
    walk.facts.definitions.push(...result.definitions);
    if (result.fact) walk.facts.tables.push(result.fact);
  });

  const context = contextFor(view);
  const titleStems = new Set(contentTokens(doc.title).map(stem));
  blocks.forEach((block, index) => {
    if (consumed.has(index)) return;
    let text: string;
    let marked: string[];
    let strong: string[];
    if (block.type === "paragraph") {
      text = block.inline.text;
      marked = block.inline.marked;
      strong = block.inline.strong;
    } else if (block.type === "list" && !readNamedItems(block.items)) {
      const sentences = block.items.filter((item: InlineText) => /[.!]$/.test(item.text) && countWords(item.text) >= 8);
      if (!sentences.length) return;
      text = sentences.map((item) => item.text).join(" ");
      marked = sentences.flatMap((item) => item.marked);
      strong = sentences.flatMap((item) => item.strong);
    } else {
      return;
    }
    const passage = block.type === "paragraph" ? text : listPassage(block, "");
    const result = clozeCards(text, marked, strong, used, walk.budget, originMaker(view, block, passage, 500_000), context, titleStems);
    walk.cards.push(...result.cards);
    walk.facts.clozes.push(...result.facts);
  });
}

export function collectDrafts(parsed: ParsedDocument, doc: DocumentInfo): { cards: CardDraft[]; facts: Facts } {
  const walk: Walk = { cards: [], facts: { definitions: [], namedLists: [], tables: [], clozes: [] }, budget: new Map() };
  for (const section of parsed.sections) {
    if (!section.furniture) walkSection(section, doc, walk);
  }
  return { cards: walk.cards, facts: walk.facts };
}
