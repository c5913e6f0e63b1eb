// List cards ("What are the four causes of ...?") and one card per named item ("... : what is scale?").

import { asSentence, lowerFirst, upperFirst } from "./clean-text";
import type { InlineText } from "./document-model";
import { termDefinition } from "./definitions";
import type { CardDraft, DefinitionFact, NamedItem, NamedListFact, Origin, SectionView } from "./drafts";
import { joinItems } from "./faq";
import { readNamedItems } from "./named-items";
import { displayTerm, endsPlural, looksPlural, sentenceCase, withContext } from "./phrasing";
import { containsPhrase, contentTokens, countWords } from "./words";

const MAX_LIST_BACK = 220;
const IMPERATIVE = /^(?:choose|use|combine|test|keep|ground|document|protect|avoid|make|build|add|start|stop|check|write|read|run|set|try|take|get|give|find|create|pick|select|define|plan|review|ask|learn|practi[cs]e|remember|consider|follow|apply|measure|store|train|deploy|monitor|limit|reduce|increase|improve|prefer|compare|evaluate|update|remove|separate|share|label|log|track|ship|secure|encrypt|back up|schedule|prioriti[sz]e|focus|break|write down|turn|switch|install|open|close|save|send)\s+\S/i;

export type ListLead = { kind: "question" | "sentence" | "heading"; text: string };

const NUMBER_WORD = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+|several|many|various|these|the following|some|main|key|common|different|a number of|a few)";
const COUNTED_PLURAL = new RegExp(`\\b${NUMBER_WORD}\\s+(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+s$`, "iu");
const TRAILING_CONNECTOR = /(?:,?\s+(?:are|is|were|include|includes|included|consist of|consists of|are listed below|are as follows|as follows|are the following|include the following|the following|below|such as|like|including))+$/i;
const HAS_NUMBER = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;
const PREPOSITION = /\b(?:of|for|in|to|by|with|on|about|between|vs|versus|that|which)\b/i;
const CLAUSE = /\b(?:is|are|was|were|be|has|have|had|do|does|did|can|could|will|would|should|may|might|must|use|uses|need|needs|matter|matters)\b/i;
const QUESTION_WORD_START = /^(?:why|when|where|who|what|which|how(?!\s+to\b))\b/i;

/** "Example: three products on one base" → "three products on one base". */
function withoutHeadingLabel(heading: string): string {
  const labelled = /^[\p{L} ]{1,20}:\s+(.+)$/u.exec(heading);
  return labelled?.[1] && countWords(heading.split(":")[0] ?? "") <= 2 ? upperFirst(labelled[1]) : heading;
}

function labelFromHeading(rawHeading: string, view: SectionView): string {
  const heading = withoutHeadingLabel(rawHeading);
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
    if (countWords(text) <= 5 && !/[,;.!?]/.test(text) && !CLAUSE.test(text) && endsPlural(text)) return listQuestion({ kind: "heading", text }, count, ordered, view);
    const stripped = text.replace(TRAILING_CONNECTOR, "").trim();
    if (stripped !== text && countWords(stripped) <= 8 && !/[,;]/.test(stripped) && !/\b(?:is|are|was|were|has|have|can|will|should|do|does)\b/i.test(stripped) && contentTokens(stripped).length) {
      const subject = /^(?:The|A|An|Some|Common|Main|Key|Typical)\b/.test(stripped) ? lowerFirst(stripped) : displayTerm(stripped, view.doc);
      return withContext(`What are ${subject}?`, view);
    }
    return null;
  }
  if (text.endsWith("?")) return withContext(text, view);
  if (lead.kind === "heading" && text !== withoutHeadingLabel(text)) return listQuestion({ kind: "heading", text: withoutHeadingLabel(text) }, count, ordered, view);
  if (/^how to\s+/i.test(text)) return ordered ? `What are the steps to ${text.replace(/^how to\s+/i, "")}?` : null;
  if (QUESTION_WORD_START.test(text) || !endsPlural(text)) return null;
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

  const glossary = named !== null && (GLOSSARY_HEADING.test(view.heading) || (lead !== null && GLOSSARY_HEADING.test(lead.text)));
  if (lead && !glossary) {
    const fallback: ListLead | null = lead.kind === "sentence" && view.heading ? { kind: "heading", text: view.heading } : null;
    const question = listQuestion(lead, usable.length, ordered, view) ?? (fallback ? listQuestion(fallback, usable.length, ordered, view) : null);
    const enumerable = named !== null || usable.every((item) => countWords(item.text) <= 8 && !/[;]/.test(item.text));
    const joined = enumerable ? joinItems(named ? named.map((item) => item.name) : usable.map((item) => item.text), ordered) : null;
    const back = joined && joined.length <= MAX_LIST_BACK ? joined : null;
    if (question && back) result.cards.push({ ...makeOrigin(listText, 0), kind: "list", front: question, back, discriminator: "" });
  }

  if (named && glossary) {
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
    // Without a label ("Common characteristics of ...") a bare "What is large?" has nothing to anchor it.
    if (!label) return result;
    const stage = /\b(step|stage|phase)s?\b/i.exec(`${lead?.text ?? ""} ${view.heading}`)?.[1]?.toLowerCase();
    // A list of products or people keeps every name as written ("Claude", "Imagen" beside "GPT-4" and "Llama 4").
    const names = named.filter((item) => /\d|\p{Lu}.*\p{Lu}/u.test(item.name)).length >= named.length / 2;
    named.forEach((item: NamedItem, index) => {
      if (containsPhrase(label, item.name) && /,|\sand\s/.test(label)) return;
      const name = names ? item.name : displayTerm(item.name, view.doc);
      // Steps and advice are often named by a verb ("Retrieve", "Keep a human in the loop"), which "what is ...?" would mangle.
      const question = stage
        ? `What happens in the “${item.name}” ${stage}?`
        : IMPERATIVE.test(item.name)
          ? `What does “${item.name}” involve?`
          : `What ${looksPlural(item.name) ? "are" : "is"} ${name}?`;
      const front = !containsPhrase(label, item.name) ? `${label}: ${lowerFirst(question)}` : question;
      result.cards.push({ ...makeOrigin(`${lead?.text ?? view.heading}\n${item.name}: ${item.explanation}`, index + 1), kind: "list_item", front, back: asSentence(item.explanation), discriminator: item.name });
    });
    result.fact = { origin: makeOrigin(listText, 0), label, items: named };
  }
  return result;
}
