// Small rules for turning article text into natural questions.

import { lowerFirst, upperFirst } from "./clean-text";
import type { DocumentInfo, SectionView } from "./drafts";
import { containsPhrase, contentTokens } from "./words";

/** Endings of ordinary English nouns; a capitalised word without them may well be a name ("Imagen", "Claude"). */
const COMMON_NOUN_ENDING = /(?:ing|tion|sion|ment|ness|ity|ism|ance|ence|sis|ogy|ics|ure|age|ship|hood|[cgrt]y|[^s]s)$/;

/** Sentence case for a Title Case Heading: words the document writes in lower case lose their capital. */
export function sentenceCase(text: string, doc: Pick<DocumentInfo, "lowercaseWords" | "properWords">): string {
  const words = text.split(" ");
  const titled = words.filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length;
  if (words.length < 2 || titled < Math.ceil(words.length * 0.6)) return displayTerm(text, doc);
  const out: string[] = [];
  words.forEach((word, index) => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) {
      out.push(word);
      return;
    }
    const lower = word.toLowerCase();
    const previous = out[index - 1] ?? "";
    const name = doc.properWords.has(word) && (!doc.lowercaseWords.has(lower) || /^\p{Lu}/u.test(previous));
    if (index === 0) out.push(displayTerm(word, doc));
    else out.push(name || !doc.lowercaseWords.has(lower) ? word : lower);
  });
  return out.join(" ");
}

/** Lower-cases a term's first letter unless the document treats that word as a name. */
export function displayTerm(term: string, doc: Pick<DocumentInfo, "lowercaseWords" | "properWords">): string {
  const first = /^[\p{L}][\p{L}'-]*/u.exec(term)?.[0] ?? "";
  if (!first || !/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(first)) return term;
  if (doc.lowercaseWords.has(first.toLowerCase())) return lowerFirst(term);
  if (doc.properWords.has(first)) return term;
  // "Financial crisis" is a common noun phrase capitalised as a list label; "Llama 4" or "Imagen" may be a name.
  const rest = term.slice(first.length).trim();
  if (rest) return /^[\p{Ll}\s-]+$/u.test(rest) ? lowerFirst(term) : term;
  return COMMON_NOUN_ENDING.test(first) ? lowerFirst(term) : term;
}

function stripArticle(text: string): string {
  return text.replace(/^(?:a|an|the)\s+/i, "");
}

/** The answer form of a term: no indefinite article, capitalised. */
export function answerForm(term: string): string {
  const bare = term.replace(/^(?:a|an)\s+/i, "");
  const withoutThe = /^the\s+\p{Lu}/u.test(bare) ? bare : bare.replace(/^the\s+/i, "");
  return upperFirst(withoutThe);
}

const SINGULAR_ENDINGS = /(?:ss|us|is|bias|gas|atlas|canvas|alias|news|series|species|means|ous|sis|xis|ness|(?:phys|econom|mathemat|stat|eth|polit|genet|linguist|electron|athlet|gymnast|robot|logist|analyt|acoust|opt|mechan|dynam|semant|phonet|informat|ceram|aerobat|pharmaceut|civ|bioinformat)ics)$/i;

/** Plural by its head noun's ending alone ("Causes of ...", "Types of ..."). */
export function endsPlural(term: string): boolean {
  return looksPluralHead(term);
}

/** Plural as a term: "GPT-4 and GPT-5" counts as plural too. */
export function looksPlural(term: string): boolean {
  return /\s(?:and|&)\s/.test(term) || looksPluralHead(term);
}

function looksPluralHead(term: string): boolean {
  const head = stripArticle(term).replace(/\s*\([^)]*\)\s*$/, "").split(/\s+(?:of|for|in|to|on|at|by|with|that|which|who|whose|where|when|from|between|behind|across|around|about|under|over|inside|outside|near|within|without|through|into|after|before|during|among|along|beyond|above|below|against|towards?|per|like|via|involved|used|made|found|called|known)\s+/i)[0] ?? "";
  const last = head.split(/\s+/).pop() ?? "";
  return /^[\p{Ll}\p{Lu}][\p{Ll}]+s$/u.test(last) && !SINGULAR_ENDINGS.test(last);
}

const CONTEXT_PRONOUN = /\b(?:it|its|they|them|their|this|these|those|he|she|his|her|one)\b/i;

function needsContext(question: string): boolean {
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
    return sentenceCase(heading, view.doc);
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
  if (/^how to\b/i.test(title)) return undefined;
  let topic = title.split(/\s*[:|–—]\s+|\s+-\s+|\?\s*/)[0]?.trim() ?? "";
  topic = topic
    .replace(/^(?:what (?:is|are)|an? (?:guide|introduction|beginner's guide|primer) to|introduction to|understanding|all about|how|why|when)\s+/i, "")
    .replace(/\s+(?:is|are|was|were|can|could|do|does|did|will|would|should|has|have|had|works?|changed?|matters?)\b.*$/i, "")
    .replace(/\s+(?:glossary|guide|explained|basics|overview|primer|tutorial|cheat ?sheet|faqs?|notes|101|in brief|at a glance|for beginners)$/i, "")
    .trim();
  if (!topic || contentTokens(topic).length === 0 || topic.split(/\s+/).length > 6 || /^[\p{Lu}\d\s\W]+$/u.test(topic)) return undefined;
  const display = sentenceCase(topic, doc);
  return /^The\s/.test(display) ? lowerFirst(display) : display;
}
