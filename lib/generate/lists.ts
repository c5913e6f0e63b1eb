// List cards ("What are the four causes of ...?") and one card per named item ("... : what is scale?").

import { asSentence, lowerFirst, upperFirst } from "./clean-text";
import type { InlineText } from "./document-model";
import type { CardDraft, NamedItem, NamedListFact, Origin, SectionView } from "./drafts";
import { joinItems } from "./faq";
import { readNamedItems } from "./named-items";
import { displayTerm, looksPlural, withContext } from "./phrasing";
import { containsPhrase, contentTokens, countWords } from "./words";

export type ListLead = { kind: "question" | "sentence" | "heading"; text: string };

const NUMBER_WORD = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+|several|many|various|these|the following|some|main|key|common|different|a number of|a few)";
const COUNTED_PLURAL = new RegExp(`\\b${NUMBER_WORD}\\s+(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+s$`, "iu");
const TRAILING_CONNECTOR = /(?:,?\s+(?:are|is|were|include|includes|included|consist of|consists of|are listed below|are as follows|as follows|are the following|include the following|the following|below|such as|like|including))+$/i;
const HAS_NUMBER = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;
const PREPOSITION = /\b(?:of|for|in|to|by|with|on|about|between|vs|versus|that|which)\b/i;
const QUESTION_WORD_START = /^(?:why|when|where|who|what|which|how(?!\s+to\b))\b/i;

function labelFromHeading(heading: string, view: SectionView): string {
  const display = /^\p{Lu}\p{Ll}/u.test(heading) ? displayTerm(heading, view.doc) : heading;
  const topic = view.doc.topic;
  if (topic && countWords(heading) <= 3 && !PREPOSITION.test(heading) && !containsPhrase(heading, topic) && contentTokens(topic).length <= 3) {
    return `${display} of ${topic}`;
  }
  return display;
}

/** A short label for the list, used as context in item questions. */
export function listLabel(lead: ListLead | null, view: SectionView): string | undefined {
  if (lead?.kind === "sentence") {
    const stripped = lead.text.replace(TRAILING_CONNECTOR, "").trim();
    if (stripped !== lead.text && countWords(stripped) <= 8 && !/[,;]/.test(stripped) && contentTokens(stripped).length <= 5) return upperFirst(stripped);
  }
  if (view.heading && !view.heading.endsWith("?") && !QUESTION_WORD_START.test(view.heading)) {
    const label = labelFromHeading(view.heading, view);
    return contentTokens(label).length <= 6 ? upperFirst(label) : upperFirst(displayTerm(view.heading, view.doc));
  }
  return undefined;
}

function listQuestion(lead: ListLead, count: number, ordered: boolean, view: SectionView): string | null {
  const text = lead.text.trim();
  if (lead.kind === "question") return withContext(text, view);
  if (lead.kind === "sentence") {
    if (countWords(text) > 14) return null;
    if (COUNTED_PLURAL.test(text) && !TRAILING_CONNECTOR.test(text)) return `${withContext(upperFirst(text), view)}. What are they?`;
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

export type ListResult = { cards: CardDraft[]; fact?: NamedListFact };

export function listCards(items: InlineText[], ordered: boolean, lead: ListLead | null, view: SectionView, makeOrigin: (unit: string, sub: number) => Origin): ListResult {
  const result: ListResult = { cards: [] };
  const usable = items.filter((item) => !item.linkOnly && item.text);
  if (usable.length < items.length * 0.5 || usable.length < 2) return result;
  const named = readNamedItems(usable);
  const listText = [lead?.text ?? "", ...usable.map((item) => item.text)].join("\n");

  if (lead) {
    const fallback: ListLead | null = lead.kind === "sentence" && view.heading ? { kind: "heading", text: view.heading } : null;
    const question = listQuestion(lead, usable.length, ordered, view) ?? (fallback ? listQuestion(fallback, usable.length, ordered, view) : null);
    const back = joinItems(named ? named.map((item) => item.name) : usable.map((item) => item.text), ordered);
    if (question && back) result.cards.push({ ...makeOrigin(listText, 0), kind: "list", front: question, back, discriminator: "" });
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
