// Definition cards from the shapes articles use to define things: "X is a ...", "X refers to ...",
// "**X**: ...", "... is called X", in both directions where the definition stands on its own.

import { asSentence, lowerFirst } from "./clean-text";
import type { CardDraft, DefinitionFact, Origin, SectionView } from "./drafts";
import { answerForm, displayTerm, looksPlural } from "./phrasing";
import { splitSentences } from "./sentences";
import { containsPhrase, contentTokens, countWords, normalizeLoose } from "./words";

const MAX_BACK = 300;
const MAX_REVERSE_DEFINITION = 170;

const BAD_SUBJECT_START = new Set(
  (
    "this that these those it they he she we you i there here its their our my his her your which what such each every some many most all " +
    "one another other both no any much more less few several today now then also however but and so because if when while although in on " +
    "at for from by with as after before during since until unlike like despite why how who where whatever whoever"
  ).split(" "),
);
const CLAUSE_WORDS = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|may|might|must|that|which|who|not)\b/i;
const EVALUATIVE = new RegExp(
  "^(?:a|an|the|one of the)\\s+(?:backbone|heart|cornerstone|secret|king|lifeblood|engine|enemy|friend|soul|good|great|bad|huge|key|crucial|important|useful|helpful|valuable|nice|better|best|worse|worst|powerful|popular|must|lot|bit|few|little|perfect|fantastic|excellent|critical|significant|main|same|right|wrong|ideal|answer|reason|problem|case|goal|point|result|real|true|whole|following|latest|next|last|major|common|simple|easy|hard|difficult|new|big|biggest|most|easiest|simplest|only|first step|way forward|future|norm|opposite|reverse|other)\\b",
  "i",
);
const LABEL_STOPLIST = new Set(
  (
    "note notes tip tips warning caution important example examples source sources update updated answer question summary conclusion disclaimer " +
    "image photo credit author date result results definition takeaway takeaways tl;dr pros cons fact hint solution problem goal objective purpose " +
    "background context overview input output price cost time level step why how what when where who bonus reminder read more see also related " +
    "in short bottom line key point the point the answer the result the catch the idea the good news the bad news"
  ).split(" "),
);
const COPULA = /^(?<subject>.{2,90}?)(?<appositive>,\s*(?:also known as|also called|sometimes called|commonly called|often called|or)\s+[^,]{1,60},)?\s+(?<verb>is defined as|are defined as|is the term for|refers to|refer to|is|are|was|were|means|describes|measures|states that),?\s+(?<predicate>.+)$/u;
const NAMED_CONCEPT = /^the (?:law|principle|theory|rule|effect|concept|theorem|paradox|hypothesis|doctrine|idea) of\s/i;
const NAMED_AFTER = /^(?<definition>.{8,200}?)\s+(?<verb>is|are|was|were)\s+(?:\p{L}+ly\s+)?(?:called|known as|termed|referred to as)\s+(?<term>[^,;:()]{2,60}?)(?:\s*\([^)]{1,30}\))?(?:,\s*(?:or|also(?: called| known as)?)\s+[^,;:()]{2,40})?[.!]?$/u;
/** Where a defining phrase turns into a contrast or an aside that does not belong in the definition. */
const CLAUSE_BREAK = /,\s+(?:while|whereas|but|although|though|unlike|except|not|rather than|instead of|which)\b|,\s+(?:and|or|so)\s+(?:a|an|the|this|that|these|those|it|they|its|their|[\p{Lu}][\p{Ll}]+\s+(?:is|are|was|were))\b|;\s+|\s+—\s+/u;
const LEAD_TERM = /^(?<term>[^:—–]{1,70}?)\s*(?::|—|–|\s-\s)\s*(?<rest>\S.*)$/u;

export type DefinitionResult = { cards: CardDraft[]; facts: DefinitionFact[]; usedSentences: string[] };

function coreOf(subject: string): string {
  return subject.replace(/\s*\([^)]*\)/g, "").trim();
}

/** Keeps an abbreviation in brackets ("(TCP)") but drops asides such as "(pl. mitochondria)". */
function withoutAsides(subject: string): string {
  return subject.replace(/\s*\(([^)]*)\)/g, (whole, inner: string) => (/^[\p{Lu}\d][\p{L}\d&.-]{0,11}$/u.test(inner.trim()) ? whole : "")).trim();
}

function isAcronymOrProper(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word) || /\d/.test(word);
}

const GENERIC_THE = /^the (?:key|result|problem|answer|point|goal|idea|reason|truth|fact|good news|bad news|trick|secret|catch|(?:main |key |biggest )?difference|challenge|solution|question|aim|purpose|downside|upside|benefit|advantage|disadvantage|rule|best way|first step|next step|last step|only way|way|thing|rest|same|other|latter|former|team|company|process|system|model|method|approach|result|outcome|effect|impact|issue|risk)\b/i;
/** "a/an/the NOUN of|that|which|...": the shape of a definition rather than a description. */
const DEFINITIONAL_PREDICATE = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+(?:of|that|which|who|whose|where|by which|in which|used|for|between|made|found|designed)\b/iu;

function subjectIsTermLike(subject: string, sentenceIndex: number, marked: string[], view: SectionView, definitionalPredicate = false): boolean {
  const core = coreOf(subject);
  const words = core.split(/\s+/);
  const first = (words[0] ?? "").toLowerCase();
  if (!core || words.length > 7 || /[,;:"“”]/.test(core) || BAD_SUBJECT_START.has(first)) return false;
  const body = /^(?:a|an|the)$/i.test(first) ? words.slice(1) : words;
  if (!body.length || body.length > 6 || CLAUSE_WORDS.test(body.join(" "))) return false;
  if (contentTokens(body.join(" ")).length === 0) return false;
  const isMarked = marked.some((m) => containsPhrase(core, m) && contentTokens(m).length > 0);
  const inHeading = containsPhrase(view.heading, coreOf(body.join(" ")));
  const proper = body.some((word, index) => index > 0 && isAcronymOrProper(word)) || body.slice(1).some((word) => /^\p{Lu}/u.test(word)) || isAcronymOrProper(body[0] ?? "");
  if (first === "the") return isMarked || inHeading || /^\p{Lu}/u.test(body[0] ?? "") || NAMED_CONCEPT.test(core) || (definitionalPredicate && !GENERIC_THE.test(core));
  if (first === "a" || first === "an") return true;
  return isMarked || inHeading || proper || sentenceIndex === 0;
}

function predicateIsDefinitional(verb: string, predicate: string, plural: boolean): boolean {
  const p = predicate.trim();
  if (countWords(p) < 3 || EVALUATIVE.test(p)) return false;
  if (/^(?:is|are|was|were)$/.test(verb)) {
    if (/^(?:a|an|the|one|any)\s+\S/i.test(p)) return !/^(?:one of the)\s+(?:most|best|\w+est)\b/i.test(p) && !/^one\s+(?:of\s+)?(?:many|several|few|way|thing|where|that|which|who|whose|in|with|for)\b/i.test(p);
    return plural && /^[\p{Ll}][\p{L}-]+\s+(?:that|which|who|whose|where|found|used|responsible|made|designed|composed|consisting|known|called)\b/u.test(p);
  }
  return !/^(?:that|this|it|to be)\b/i.test(p);
}

function frontFor(verb: string, subject: string, plural: boolean): string {
  switch (verb) {
    case "is":
    case "are":
    case "was":
    case "were":
      return `What ${verb} ${subject}?`;
    case "refers to":
    case "refer to":
      return `What ${plural ? "do" : "does"} ${subject} refer to?`;
    case "is defined as":
    case "are defined as":
      return `How ${verb.split(" ")[0]} ${subject} defined?`;
    case "means":
      return `What does ${subject} mean?`;
    case "describes":
      return `What does ${subject} describe?`;
    case "measures":
      return `What does ${subject} measure?`;
    case "states that":
      return `What does ${subject} state?`;
    default:
      return `What is ${subject}?`;
  }
}

function reverseFront(definition: string, copula: string, plural: boolean): string | null {
  if (definition.length > MAX_REVERSE_DEFINITION || countWords(definition) < 4) return null;
  if (copula === "measures" || copula === "states that") return null;
  if (/^(?:is|are|was|were|means)$/.test(copula)) {
    if (/^(?:a|an|the|any|one)\s/i.test(definition)) return `What ${copula === "was" || copula === "were" ? copula : plural ? "are" : "is"} ${lowerFirst(definition)} called?`;
    if (plural && copula !== "means") return `What are ${lowerFirst(definition)} called?`;
    if (copula !== "means") return null;
  }
  if (/refer/.test(copula)) return `Which term ${plural ? "refer" : "refers"} to ${lowerFirst(definition)}?`;
  return `Which term is defined as “${lowerFirst(definition)}”?`;
}

function trimDefinition(text: string): string | null {
  const sentences = splitSentences(text);
  let out = "";
  for (const sentence of sentences) {
    if (!out) out = sentence;
    else if (out.length < 90 && out.length + sentence.length + 1 <= MAX_BACK) out = `${out} ${sentence}`;
    else break;
  }
  return out && out.length <= MAX_BACK ? out : null;
}

function acronymOf(subject: string): string | undefined {
  return /\(([\p{Lu}\d-]{2,10})s?\)/u.exec(subject)?.[1];
}

function makeCards(fact: DefinitionFact, front: string, back: string, allowReverse: boolean): CardDraft[] {
  const cards: CardDraft[] = [{ ...fact.origin, kind: "definition", front, back, discriminator: fact.term }];
  const reverse = allowReverse ? reverseFront(fact.definition, fact.copula, fact.plural) : null;
  const acronym = acronymOf(fact.subject);
  const leaks = containsPhrase(fact.definition, coreOf(fact.term)) || (acronym !== undefined && containsPhrase(fact.definition, acronym));
  if (reverse && !leaks && countWords(coreOf(fact.term)) <= 6) {
    cards.push({ ...fact.origin, kind: "definition_reverse", front: reverse, back: fact.term, discriminator: fact.term });
  }
  return cards;
}

function fromLeadTerm(text: string, leadStrong: string | undefined, origin: Origin, view: SectionView): { cards: CardDraft[]; fact: DefinitionFact } | null {
  const match = LEAD_TERM.exec(text);
  const term = match?.groups?.term?.trim().replace(/[.:]$/, "");
  const rest = match?.groups?.rest?.trim();
  if (!term || !rest) return null;
  const bold = leadStrong !== undefined && leadStrong.replace(/[.:]$/, "").trim() === term;
  const words = term.split(/\s+/);
  if (words.length > 6 || /[.!?,;]/.test(term) || contentTokens(term).length === 0) return null;
  if (LABEL_STOPLIST.has(term.toLowerCase()) || BAD_SUBJECT_START.has((words[0] ?? "").toLowerCase())) return null;
  if (!bold && (words.length > 4 || !/^[\p{Lu}\p{N}]/u.test(term))) return null;
  return termDefinition(term, rest, origin, view);
}

/** Cards for a term stated with its definition ("Term: definition"), in a paragraph, a glossary list or a table. */
export function termDefinition(term: string, rest: string, origin: Origin, view: SectionView): { cards: CardDraft[]; fact: DefinitionFact } | null {
  const definition = trimDefinition(rest);
  if (!definition || countWords(definition) < 3) return null;
  const restated = restatedDefinition(term, definition, origin, view);
  if (restated) return restated;
  const plural = looksPlural(term);
  const subject = displayTerm(term, view.doc);
  const fact: DefinitionFact = {
    origin,
    subject,
    term: answerForm(term),
    definition: definition.replace(/[.!]$/, ""),
    copula: "means",
    plural,
    sentence: `${term}: ${definition}`,
  };
  // "What is parameter?" lacks the article English wants; quoting the bare word reads right for any noun.
  const bareWord = !/\s/.test(subject) && /^\p{Ll}/u.test(subject) && !plural && !/(?:ing|ism|ics|ology)$/.test(subject);
  const front = bareWord ? `What does “${subject}” mean?` : `What ${plural ? "are" : "is"} ${subject}?`;
  return { cards: makeCards(fact, front, asSentence(definition), true), fact };
}

/** "Parameter: A parameter is a number ..." — the explanation restates the term, so its own sentence is the definition. */
function restatedDefinition(term: string, definition: string, origin: Origin, view: SectionView): { cards: CardDraft[]; fact: DefinitionFact } | null {
  const first = splitSentences(definition)[0] ?? "";
  const match = / (?:is|are|was|were|refers?|means|describes) /.test(first) ? COPULA.exec(first) : null;
  const subjectRaw = withoutAsides(match?.groups?.subject?.trim() ?? "");
  if (!match?.groups || normalizeLoose(coreOf(subjectRaw).replace(/^(?:a|an|the)\s+/i, "")) !== normalizeLoose(coreOf(term))) return null;
  const verb = match.groups.verb ?? "is";
  const predicate = (match.groups.predicate ?? "").replace(/[.!]$/, "").split(CLAUSE_BREAK)[0]?.trim() ?? "";
  const plural = verb === "are" || verb === "were" || verb === "refer to" || verb === "are defined as";
  if (countWords(predicate) < 3) return null;
  const subject = /^(?:A|An|The)\s/.test(subjectRaw) ? lowerFirst(subjectRaw) : displayTerm(subjectRaw, view.doc);
  const fact: DefinitionFact = { origin, subject, term: answerForm(term), definition: predicate, copula: verb, plural, sentence: definition };
  return { cards: makeCards(fact, frontFor(verb, subject, plural), asSentence(definition), true), fact };
}

function fromSentence(sentence: string, index: number, marked: string[], origin: Origin, view: SectionView): { cards: CardDraft[]; fact: DefinitionFact } | null {
  const words = countWords(sentence);
  if (words < 6 || words > 60 || sentence.length > MAX_BACK || /\?$/.test(sentence)) return null;
  const named = / (?:called|known as|termed|referred to as) /.test(sentence) ? NAMED_AFTER.exec(sentence) : null;
  if (named?.groups) {
    const definition = named.groups.definition?.trim() ?? "";
    const term = named.groups.term?.trim() ?? "";
    const first = (definition.split(/\s+/)[0] ?? "").toLowerCase();
    if (term && definition && !BAD_SUBJECT_START.has(first) && countWords(term) <= 5 && !CLAUSE_WORDS.test(term) && contentTokens(term).length > 0 && /^(?:a|an|the)\s/i.test(definition)) {
      const plural = looksPlural(term);
      const subject = displayTerm(term, view.doc);
      const fact: DefinitionFact = { origin, subject, term: answerForm(term), definition: lowerFirst(definition), copula: looksPlural(definition) ? "are" : "is", plural: looksPlural(definition), sentence };
      return { cards: makeCards(fact, `What ${plural ? "are" : "is"} ${subject}?`, asSentence(sentence), true), fact };
    }
  }
  const match = / (?:is|are|was|were|refers?|means|describes|measures|states) /.test(sentence) ? COPULA.exec(sentence) : null;
  if (!match?.groups) return null;
  const subjectRaw = withoutAsides(match.groups.subject?.trim() ?? "");
  const verb = match.groups.verb ?? "is";
  const predicate = (match.groups.predicate ?? "").replace(/[.!]$/, "").split(CLAUSE_BREAK)[0]?.trim() ?? "";
  const plural = verb === "are" || verb === "were" || verb === "refer to" || verb === "are defined as";
  const shaped = /^(?:is|are)$/.test(verb) && DEFINITIONAL_PREDICATE.test(predicate);
  if (!subjectIsTermLike(subjectRaw, index, marked, view, shaped) || !predicateIsDefinitional(verb, predicate, plural)) return null;
  if ((verb === "means" || verb === "measures") && !marked.some((m) => containsPhrase(subjectRaw, m)) && index > 0) return null;
  const subject = /^(?:A|An|The)\s/.test(subjectRaw) ? lowerFirst(subjectRaw) : displayTerm(subjectRaw, view.doc);
  const fact: DefinitionFact = { origin, subject, term: answerForm(subjectRaw), definition: predicate, copula: verb, plural, sentence };
  return { cards: makeCards(fact, frontFor(verb, subject, plural), asSentence(sentence), true), fact };
}

/** Definitions in one paragraph (at most two: a paragraph rarely defines more without being a glossary). */
export function findDefinitions(text: string, leadStrong: string | undefined, marked: string[], makeOrigin: (unit: string, sub: number) => Origin, view: SectionView): DefinitionResult {
  const result: DefinitionResult = { cards: [], facts: [], usedSentences: [] };
  const sentences = splitSentences(text);
  const lead = fromLeadTerm(text, leadStrong, makeOrigin(text, 0), view);
  if (lead && (leadStrong || sentences.length <= 2)) {
    result.cards.push(...lead.cards);
    result.facts.push(lead.fact);
    result.usedSentences.push(...sentences.slice(0, 2));
    return result;
  }
  for (let index = 0; index < sentences.length && result.facts.length < 2; index++) {
    const sentence = sentences[index] ?? "";
    const found = fromSentence(sentence, index, marked, makeOrigin(sentence, index + 1), view);
    if (!found) continue;
    result.cards.push(...found.cards);
    result.facts.push(found.fact);
    result.usedSentences.push(sentence);
  }
  return result;
}
