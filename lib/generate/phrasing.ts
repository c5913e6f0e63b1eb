// Small rules for turning article text into natural questions.

import { lowerFirst, upperFirst } from "./clean-text";
import type { DocumentInfo, SectionView } from "./drafts";
import { containsPhrase, contentTokens } from "./words";

/** Lower-cases a term's first letter unless the document treats that word as a name. */
export function displayTerm(term: string, doc: Pick<DocumentInfo, "lowercaseWords" | "properWords">): string {
  const first = /^[\p{L}][\p{L}'-]*/u.exec(term)?.[0] ?? "";
  if (!first || !/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(first)) return term;
  if (doc.lowercaseWords.has(first.toLowerCase())) return lowerFirst(term);
  return doc.properWords.has(first) ? term : lowerFirst(term);
}

export function stripArticle(text: string): string {
  return text.replace(/^(?:a|an|the)\s+/i, "");
}

/** The answer form of a term: no indefinite article, capitalised. */
export function answerForm(term: string): string {
  const bare = term.replace(/^(?:a|an)\s+/i, "");
  const withoutThe = /^the\s+\p{Lu}/u.test(bare) ? bare : bare.replace(/^the\s+/i, "");
  return upperFirst(withoutThe);
}

const SINGULAR_ENDINGS = /(?:ss|us|is|ics|news|series|species|means|ous|sis|xis|ness)$/i;

export function looksPlural(term: string): boolean {
  const last = stripArticle(term).replace(/\s*\([^)]*\)\s*$/, "").split(/\s+/).pop() ?? "";
  return /^[\p{Ll}\p{Lu}][\p{Ll}]+s$/u.test(last) && !SINGULAR_ENDINGS.test(last);
}

const CONTEXT_PRONOUN = /\b(?:it|its|they|them|their|this|these|those|he|she|his|her|one)\b/i;

export function needsContext(question: string): boolean {
  return CONTEXT_PRONOUN.test(question);
}

const GENERIC_HEADING = /^(?:faqs?|frequently asked questions|questions(?: and answers)?|q\s*&\s*a|overview|introduction|intro|summary|conclusion|background|basics|key (?:points|takeaways|facts)|details|more|other|general|the basics)$/i;

/** A short context for a question taken out of its page: the nearest meaningful heading, else the topic. */
export function contextFor(view: SectionView, exclude = ""): string | undefined {
  for (let index = view.path.length - 1; index >= 0; index--) {
    const heading = view.path[index] ?? "";
    if (!heading || heading.endsWith("?") || GENERIC_HEADING.test(heading)) continue;
    if (exclude && containsPhrase(exclude, heading)) continue;
    if (contentTokens(heading).length > 5) continue;
    if (index === 0 && view.doc.topic) return view.doc.topic;
    return displayTerm(heading, view.doc);
  }
  return view.doc.topic;
}

/** "Foundation models: how are they trained?" for a question that leans on a pronoun. */
export function withContext(question: string, view: SectionView): string {
  if (!needsContext(question)) return question;
  const context = contextFor(view, question);
  if (!context || containsPhrase(question, context)) return question;
  const lead = /^\p{Lu}\p{Ll}/u.test(question) && !/^I\b/.test(question) ? lowerFirst(question) : question;
  return `${upperFirst(context)}: ${lead}`;
}

export function topicFromTitle(title: string, doc: Pick<DocumentInfo, "lowercaseWords" | "properWords">): string | undefined {
  let topic = title.split(/\s*[:|–—]\s+|\s+-\s+|\?\s*/)[0]?.trim() ?? "";
  topic = topic.replace(/^(?:what (?:is|are)|an? (?:guide|introduction|beginner's guide) to|introduction to|understanding|all about|how)\s+/i, "").trim();
  if (!topic || contentTokens(topic).length === 0 || topic.split(/\s+/).length > 6) return undefined;
  const display = displayTerm(topic, doc);
  return /^The\s/.test(display) ? lowerFirst(display) : display;
}
