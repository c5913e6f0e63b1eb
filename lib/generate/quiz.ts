// Quiz items from the facts the card generators found. Distractors are always of the same type as the
// answer: sibling list items, other values of the same table column, other terms and their definitions,
// other years of the same document.

import { asSentence, lowerFirst, upperFirst } from "./clean-text";
import type { ClozeFact, DefinitionFact, Facts, NamedListFact, Origin, QuizDraft, TableCellFact } from "./drafts";
import { makeKey, seededRandom, shuffleWithKey } from "./ids";
import { containsPhrase, countWords, normalizeLoose } from "./words";

const TRUE_FALSE = ["True", "False"];
const MAX_OPTION = 160;
const MAX_MATCH_TEXT = 110;

function distinct(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = normalizeLoose(value);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Values of `pool` ordered by distance from `index`, nearest first, skipping `index` itself. */
function* nearest(pool: readonly string[], index: number): Generator<string> {
  for (let distance = 1; distance < pool.length; distance++) {
    const before = pool[index - distance];
    const after = pool[index + distance];
    if (before !== undefined) yield before;
    if (after !== undefined) yield after;
    if (before === undefined && after === undefined) return;
  }
}

/** Up to three distractors, nearest first, none equal to, inside, or containing the answer. */
function pickDistractors(answer: string, candidates: Iterable<string>, prompt: string): string[] | null {
  const answerKey = normalizeLoose(answer);
  const chosen: string[] = [];
  for (const value of candidates) {
    const key = normalizeLoose(value);
    if (!key || key === answerKey || ` ${key} `.includes(` ${answerKey} `) || ` ${answerKey} `.includes(` ${key} `)) continue;
    if (chosen.some((other) => normalizeLoose(other) === key) || containsPhrase(prompt, value) || value.length > MAX_OPTION) continue;
    chosen.push(value);
    if (chosen.length === 3) return chosen;
  }
  return null;
}

function multipleChoice(origin: Origin, prompt: string, answer: string, distractors: string[], discriminator: string, explanation?: string): QuizDraft {
  const key = makeKey("multiple_choice", origin.unit, discriminator);
  const draft: QuizDraft = { ...origin, kind: "multiple_choice", prompt, options: shuffleWithKey([answer, ...distractors], key), answer, discriminator, key };
  if (explanation) draft.explanation = explanation;
  return draft;
}

function trueFalse(origin: Origin, statement: string, truth: boolean, discriminator: string, explanation: string): QuizDraft {
  const key = makeKey("true_false", origin.unit, discriminator);
  return { ...origin, kind: "true_false", prompt: `True or false: ${statement}`, options: [...TRUE_FALSE], answer: truth ? "True" : "False", explanation, discriminator, key };
}

/** Whether a true/false item shows the true statement or a swapped one: a coin seeded from its key. */
function coinFor(origin: Origin, discriminator: string): boolean {
  return seededRandom(makeKey("true_false", origin.unit, discriminator))() < 0.5;
}

/** Per-document ceilings: a long document needs a quiz of a few hundred items, not thousands. */
const LIMITS = { listChoices: 40, listMatching: 6, tableItems: 60, typed: 150, yearChoices: 8, yearTrueFalse: 12, termChoices: 8 };
type Budget = { [K in keyof typeof LIMITS]: number };

function take(budget: Budget, name: keyof Budget): boolean {
  if (budget[name] >= LIMITS[name]) return false;
  budget[name]++;
  return true;
}

function definitionItems(definitions: DefinitionFact[]): QuizDraft[] {
  const items: QuizDraft[] = [];
  const usable = definitions.filter((fact) => fact.definition.length <= MAX_OPTION && countWords(fact.term) <= 6);
  if (usable.length >= 4) {
    usable.slice(0, 15).forEach((fact, index) => {
      const prompt = `Which term matches this description: ${lowerFirst(fact.definition)}?`;
      if (containsPhrase(prompt, fact.term)) return;
      const distractors = pickDistractors(fact.term, nearest(usable.map((other) => other.term), index), prompt);
      if (distractors) items.push(multipleChoice(fact.origin, prompt, fact.term, distractors, fact.term, asSentence(fact.sentence)));
    });
  }
  const copular = usable.filter((fact) => /^(?:is|are|was|were)$/.test(fact.copula) && /^(?:a|an|the)\s/i.test(fact.definition));
  copular.slice(0, 10).forEach((fact, index) => {
    let partner: DefinitionFact | undefined;
    for (let distance = 1; distance < copular.length && !partner; distance++) {
      const other = copular[(index + distance) % copular.length];
      if (other && other.plural === fact.plural && normalizeLoose(other.term) !== normalizeLoose(fact.term) && !containsPhrase(other.definition, fact.term)) partner = other;
    }
    const truth = coinFor(fact.origin, fact.term) || !partner;
    const statement = truth || !partner ? asSentence(fact.sentence) : asSentence(`${fact.subject} ${fact.copula} ${partner.definition}`);
    items.push(trueFalse(fact.origin, statement, truth || !partner, fact.term, asSentence(fact.sentence)));
  });
  items.push(...matchingGroups(usable.slice(0, 40).map((fact) => ({ left: fact.term, right: upperFirst(fact.definition), origin: fact.origin })), "Match each term to its definition"));
  return items;
}

function matchingGroups(pairs: { left: string; right: string; origin: Origin }[], promptBase: string, maxGroups = 3): QuizDraft[] {
  const usable = pairs.filter((pair) => pair.right.length <= MAX_MATCH_TEXT && pair.left.length <= 60);
  const items: QuizDraft[] = [];
  for (let start = 0; start + 3 <= usable.length && items.length < maxGroups; start += 5) {
    const group = distinctPairs(usable.slice(start, start + 5));
    if (group.length < 3) continue;
    const first = group[0];
    if (!first) continue;
    const discriminator = group.map((pair) => pair.left).join("|");
    const key = makeKey("matching", first.origin.unit, discriminator);
    const section = first.origin.source.section;
    const prompt = section ? `${promptBase} (${section.split(" › ").pop()}).` : `${promptBase}.`;
    items.push({
      ...first.origin,
      unit: group.map((pair) => `${pair.left}: ${pair.right}`).join("\n"),
      kind: "matching",
      prompt,
      options: { left: group.map((pair) => pair.left), right: shuffleWithKey(group.map((pair) => pair.right), key) },
      answer: group.map((pair): [string, string] => [pair.left, pair.right]),
      discriminator,
    });
  }
  return items;
}

function distinctPairs<T extends { left: string; right: string }>(pairs: T[]): T[] {
  const lefts = new Set<string>();
  const rights = new Set<string>();
  return pairs.filter((pair) => {
    const left = normalizeLoose(pair.left);
    const right = normalizeLoose(pair.right);
    if (lefts.has(left) || rights.has(right)) return false;
    lefts.add(left);
    rights.add(right);
    return true;
  });
}

function namedListItems(list: NamedListFact, budget: Budget): QuizDraft[] {
  const items: QuizDraft[] = [];
  if (list.items.length >= 4) {
    list.items.slice(0, 8).forEach((item, index) => {
      if (budget.listChoices >= LIMITS.listChoices) return;
      const description = lowerFirst(item.explanation.replace(/[.!]$/, ""));
      if (description.length > MAX_OPTION || containsPhrase(description, item.name)) return;
      const prompt = `${list.label}: which one is described as “${description}”?`;
      const distractors = pickDistractors(item.name, nearest(list.items.map((other) => other.name), index), prompt);
      const origin = { ...list.origin, unit: `${list.origin.unit}\n${item.name}` };
      if (distractors && take(budget, "listChoices")) items.push(multipleChoice(origin, prompt, item.name, distractors, item.name));
    });
  }
  if (list.items.length >= 3 && take(budget, "listMatching")) {
    items.push(...matchingGroups(list.items.map((item) => ({ left: item.name, right: asSentence(item.explanation), origin: list.origin })), `Match each item to its description`, 1));
  }
  return items;
}

function tableItems(cells: TableCellFact[], budget: Budget): QuizDraft[] {
  const items: QuizDraft[] = [];
  if (budget.tableItems >= LIMITS.tableItems) return items;
  const values = distinct(cells.map((cell) => cell.value));
  if (values.length >= 4) {
    cells.slice(0, 8).forEach((cell, index) => {
      if (!take(budget, "tableItems")) return;
      const distractors = pickDistractors(cell.value, nearest(cells.map((other) => other.value), index), cell.front);
      if (distractors) items.push(multipleChoice(cell.origin, cell.front, cell.value, distractors, `${cell.entity}|${cell.attribute}`));
    });
    return items;
  }
  if (values.length < 2) return items;
  cells.slice(0, 6).forEach((cell, index) => {
    if (!take(budget, "tableItems")) return;
    const others = cells.filter((other) => normalizeLoose(other.value) !== normalizeLoose(cell.value));
    const swap = others[index % Math.max(others.length, 1)];
    const truth = coinFor(cell.origin, cell.attribute) || !swap;
    const shown = truth || !swap ? cell.value : swap.value;
    const statement = `${cell.front.replace(/\?$/, "")} — ${lowerFirstUnlessName(shown)}.`;
    items.push(trueFalse(cell.origin, statement, truth, `${cell.entity}|${cell.attribute}`, `${cell.front.replace(/\?$/, "")} — ${lowerFirstUnlessName(cell.value)}.`));
  });
  return items;
}

function lowerFirstUnlessName(text: string): string {
  return /^\p{Lu}\p{Ll}+\b/u.test(text) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text) ? lowerFirst(text) : text;
}

function nearestYears(year: number, pool: number[]): number[] {
  const candidates = [...new Set(pool.filter((other) => other !== year))].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b);
  for (let offset = 1; candidates.length < 3 && offset < 20; offset++) {
    for (const guess of [year + offset, year - offset]) if (!candidates.includes(guess) && guess !== year) candidates.push(guess);
  }
  return candidates;
}

function clozeItems(clozes: ClozeFact[], definitions: DefinitionFact[], years: number[], budget: Budget): QuizDraft[] {
  const items: QuizDraft[] = [];
  const termPool = distinct([...clozes.filter((fact) => fact.anchor === "term").map((fact) => fact.answer), ...definitions.map((fact) => fact.term)]);
  const termIndex = new Map(termPool.map((term, index) => [normalizeLoose(term), index]));
  for (const fact of clozes) {
    if (take(budget, "typed")) items.push({ ...fact.origin, kind: "typed", prompt: fact.front, answer: fact.answer, explanation: asSentence(fact.sentence), discriminator: fact.answer });
    if (fact.anchor === "year" && /^\d{4}$/.test(fact.answer) && (budget.yearChoices < LIMITS.yearChoices || budget.yearTrueFalse < LIMITS.yearTrueFalse)) {
      const year = Number(fact.answer);
      const others = nearestYears(year, years);
      const docYears = others.filter((other) => years.includes(other));
      if (docYears.length >= 3 && take(budget, "yearChoices")) {
        items.push(multipleChoice(fact.origin, fact.front, fact.answer, docYears.slice(0, 3).map(String), fact.answer, asSentence(fact.sentence)));
      } else if (take(budget, "yearTrueFalse")) {
        const truth = coinFor(fact.origin, fact.answer);
        const shown = truth ? fact.answer : String(others[0] ?? year + 1);
        items.push(trueFalse(fact.origin, asSentence(`${fact.before}${shown}${fact.after}`), truth, fact.answer, asSentence(fact.sentence)));
      }
    }
    if (fact.anchor === "term" && budget.termChoices < LIMITS.termChoices) {
      const distractors = pickDistractors(fact.answer, nearest(termPool, termIndex.get(normalizeLoose(fact.answer)) ?? -1), fact.front);
      if (distractors && take(budget, "termChoices")) {
        items.push(multipleChoice(fact.origin, fact.front, fact.answer, distractors, `term:${fact.answer}`, asSentence(fact.sentence)));
      }
    }
  }
  return items;
}

export function buildQuiz(facts: Facts, years: number[]): QuizDraft[] {
  const budget: Budget = { listChoices: 0, listMatching: 0, tableItems: 0, typed: 0, yearChoices: 0, yearTrueFalse: 0, termChoices: 0 };
  return [
    ...definitionItems(facts.definitions),
    ...facts.namedLists.flatMap((list) => namedListItems(list, budget)),
    ...facts.tables.flatMap((table) => table.cellsByAttribute.flatMap((cells) => tableItems(cells, budget))),
    ...clozeItems(facts.clozes, facts.definitions, years, budget),
  ];
}
