// List cards ("What are the four causes of ...?") and one card per named item ("... : what is scale?").

import { asSentence, lowerFirst, upperFirst } from "./clean-text";
import type { InlineText } from "./document-model";
import { termDefinition } from "./definitions";
import type { CardDraft, DefinitionFact, NamedItem, NamedListFact, Origin, SectionView } from "./drafts";
import { joinItems } from "./faq";
import { readNamedItems } from "./named-items";
import { displayTerm, looksPlural, sentenceCase, withContext } from "./phrasing";
import { containsPhrase, contentTokens, countWords } from "./words";

const MAX_LIST_BACK = 220;

export type ListLead = { kind: "question" | "sentence" | "heading"; text: string };

const NUMBER_WORD = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+|several|many|various|these|the following|some|main|key|common|different|a number of|a few)";
const COUNTED_PLURAL = new RegExp(`\\b${NUMBER_WORD}\\s+(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+s$`, "iu");
const TRAILING_CONNECTOR = /(?:,?\s+(?:are|is|were|include|includes|included|consist of|consists of|are listed below|are as follows|as follows|are the following|include the following|the following|below|such as|like|including))+$/i;
const HAS_NUMBER = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;
const PREPOSITION = /\b(?:of|for|in|to|by|with|on|about|between|vs|versus|that|which)\b/i;
const CLAUSE = /\b(?:is|are|was|were|be|has|have|had|do|does|did|can|could|will|would|should|may|might|must|use|uses|need|needs|matter|matters)\b/i;
const QUESTION_WORD_START = /^(?:why|when|where|who|what|which|how(?!\s+to\b))\b/i;

function labelFromHeading(heading: string, view: SectionView): string {
  const display = sentenceCase(heading, view.doc);
  const topic = view.doc.topic;
  if (topic && countWords(heading) <= 3 && !PREPOSITION.test(heading) && !containsPhrase(heading, topic) && contentTokens(topic).length <= 3) {
    return `${display} of ${topic}`;
  }
  return display;
}

/** A short label for the list, used as context in item questions. */
function listLabel(lead: ListLead | null, view: SectionView): string | undefined {
  if (lead?.kind === "sentence") {
    const stripped = lead.text.replace(TRAILING_CONNECTOR, "").trim();
    if (stripped !== lead.text && countWords(stripped) <= 8 && !/[,;]/.test(stripped) && contentTokens(stripped).length <= 5) return upperFirst(stripped);
  }
  if (view.heading && !view.heading.endsWith("?") && !QUESTION_WORD_START.test(view.heading)) {
    const label = labelFromHeading(view.heading, view);
    return contentTokens(label).length <= 6 ? upperFirst(label) : upperFirst(sentenceCase(view.heading, view.doc));
  }
  return undefined;
}

function listQuestion(lead: ListLead, count: number, ordered: boolean, view: SectionView): string | null {
  const text = lead.text.trim();
  if (lead.kind === "question") return withContext(text, view);
  if (lead.kind === "sentence") {
    if (countWords(text) > 14) return null;
    if (COUNTED_PLURAL.test(text) && !TRAILING_CONNECTOR.test(text)) return `${withContext(upperFirst(text), view)}. What are they?`;
    if (countWords(text) <= 5 && !/[,;.!?]/.test(text) && !CLAUSE.test(text) && looksPlural(text)) return listQuestion({ kind: "heading", text }, count, ordered, view);
    const stripped = text.replace(TRAILING_CONNECTOR, "").trim();
    if (stripped !== text && countWords(stripped) <= 8 && !/[,;]/.test(stripped) && !/\b(?:is|are|was|were|has|have|can|will|should|do|does)\b/i.test(stripped) && contentTokens(stripped).length) {
      const subject = /^(?:The|A|An|Some|Common|Main|Key|Typical)\b/.test(stripped) ? lowerFirst(stripped) : displayTerm(stripped, view.doc);
      return withContext(`What are ${subject}?`, view);
    }
    return null;
  }
  if (text.endsWith("?")) return withContext(text, view);
  if (/^how to\s+/i.test(text)) return ordered ? `What are the steps to ${text.replace(/^how to\s+/i, "")}?` : null;
  if (QUESTION_WORD_START.test(text) || !looksPlural(text)) return null;
  const label = labelFromHeading(text.replace(/^the\s+/i, ""), view);
  const counted = HAS_NUMBER.test(text) ? label : `${count} ${label}`;
  return `What are the ${counted}?`;
}

export type ListResult = { cards: CardDraft[]; fact?: NamedListFact; definitions: DefinitionFact[] };

const GLOSSARY_HEADING = /\b(?:glossary|key terms|terms|definitions|vocabulary|key words|keywords|key concepts|terminology|jargon)\b/i;

export function listCards(items: InlineText[], ordered: boolean, lead: ListLead | null, view: SectionView, makeOrigin: (unit: string, sub: number) => Origin): ListResult {
  const result: ListResult = { cards: [], definitions: [] };
  const usable = items.filter((item) => !item.linkOnly && item.text);
  if (usable.length < items.length * 0.5 || usable.length < 2) return result;
  const named = readNamedItems(usable);
  const listText = [lead?.text ?? "", ...usable.map((item) => item.text)].join("\n");

  if (lead) {
    const fallback: ListLead | null = lead.kind === "sentence" && view.heading ? { kind: "heading", text: view.heading } : null;
    const question = listQuestion(lead, usable.length, ordered, view) ?? (fallback ? listQuestion(fallback, usable.length, ordered, view) : null);
    const enumerable = named !== null || usable.every((item) => countWords(item.text) <= 8 && !/[;]/.test(item.text));
    const joined = enumerable ? joinItems(named ? named.map((item) => item.name) : usable.map((item) => item.text), ordered) : null;
    const back = joined && joined.length <= MAX_LIST_BACK ? joined : null;
    if (question && back) result.cards.push({ ...makeOrigin(listText, 0), kind: "list", front: question, back, discriminator: "" });
  }

  if (named && (GLOSSARY_HEADING.test(view.heading) || (lead !== null && GLOSSARY_HEADING.test(lead.text)))) {
    named.forEach((item, index) => {
      const found = termDefinition(item.name, item.explanation, makeOrigin(`${item.name}: ${item.explanation}`, index + 1), view);
      if (!found) return;
      result.cards.push(...found.cards);
      result.definitions.push(found.fact);
    });
    return result;
  }

  if (named) {
    const label = listLabel(lead, view);
    named.forEach((item: NamedItem, index) => {
      const name = displayTerm(item.name, view.doc);
      const question = `What ${looksPlural(item.name) ? "are" : "is"} ${name}?`;
      const front = label && !containsPhrase(label, item.name) ? `${label}: ${lowerFirst(question)}` : question;
      result.cards.push({ ...makeOrigin(`${lead?.text ?? view.heading}\n${item.name}: ${item.explanation}`, index + 1), kind: "list_item", front, back: asSentence(item.explanation), discriminator: item.name });
    });
    if (label) result.fact = { origin: makeOrigin(listText, 0), label, items: named };
  }
  return result;
}
