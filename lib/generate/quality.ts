// The gate every card and quiz item passes: no markup, no answer in the question, no fragments.

import { BLANK } from "./cloze";
import type { CardDraft, QuizDraft } from "./drafts";
import { containsPhrase, contentTokens, normalizeLoose, tokenize } from "./words";

const MARKUP = /\*\*|__(?=[^\s_])|`|\[[^\]]*\]\([^)]*\)|<\/?[a-z!][^>]*>|(?:^|\s)#{1,6}\s|\||!\[|\]\(|&(?:[a-z]+|#\d+);/i;
const DANGLING_END = /\b(?:a|an|the|of|to|and|or|with|for|in|on|by|from|that|which|is|are|was|were|as|at|than|such as|including|e\.g|i\.e)\s*[.!?…]?$/i;
const MAX_FRONT = 340;
const MAX_BACK = 300;

function hasMarkup(text: string): boolean {
  return MARKUP.test(text.includes(BLANK) ? text.split(BLANK).join(" ") : text);
}

function tidy(text: string): string {
  return /\s\s|^\s|\s$|[\t\n\r]/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

function balanced(text: string): boolean {
  let parens = 0;
  let brackets = 0;
  let quotes = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 40) parens++;
    else if (char === 41) parens--;
    else if (char === 91) brackets++;
    else if (char === 93) brackets--;
    else if (char === 34 || char === 0x201c || char === 0x201d) quotes++;
  }
  return parens === 0 && brackets === 0 && quotes % 2 === 0;
}

function isWholeAnswer(back: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(back) || !balanced(back)) return false;
  if (DANGLING_END.test(back)) return false;
  return !/^[,;:.)\]-]/.test(back);
}

/** True when the front already shows what the back asks for. */
function givesAway(front: string, back: string): boolean {
  const answer = back.replace(/[.!?]+$/, "");
  if (containsPhrase(front, answer)) return true;
  const tokens = contentTokens(answer);
  if (tokens.length === 0 || tokens.length > 4) return false;
  const frontTokens = new Set(tokenize(front));
  return tokens.every((token) => frontTokens.has(token));
}

export function acceptCard(draft: CardDraft): CardDraft | null {
  const front = tidy(draft.front);
  const back = tidy(draft.back);
  if (!front || !back || front.length > MAX_FRONT || back.length > MAX_BACK) return null;
  if (hasMarkup(front) || hasMarkup(back) || !balanced(front)) return null;
  if (draft.kind === "cloze") {
    const parts = front.split(BLANK);
    if (parts.length !== 2 || containsPhrase(parts.join(" "), back) || !/[\p{L}\p{N}]/u.test(back)) return null;
  } else {
    if (!front.endsWith("?") || givesAway(front, back) || !isWholeAnswer(back)) return null;
    if (normalizeLoose(front) === normalizeLoose(back)) return null;
  }
  return { ...draft, front, back };
}

function optionTexts(draft: QuizDraft): string[] {
  const options = draft.options;
  if (!options) return [];
  return Array.isArray(options) ? options : [...options.left, ...options.right];
}

export function acceptQuizItem(draft: QuizDraft): QuizDraft | null {
  const prompt = tidy(draft.prompt);
  const texts = [prompt, ...optionTexts(draft), ...(typeof draft.answer === "string" ? [draft.answer] : draft.answer.flat()), draft.explanation ?? ""];
  if (!prompt || texts.some((text) => hasMarkup(text)) || !balanced(prompt)) return null;
  switch (draft.kind) {
    case "multiple_choice": {
      const options = Array.isArray(draft.options) ? draft.options : [];
      const keys = new Set(options.map(normalizeLoose));
      if (options.length !== 4 || keys.size !== 4 || typeof draft.answer !== "string" || !options.includes(draft.answer)) return null;
      if (containsPhrase(prompt, draft.answer)) return null;
      break;
    }
    case "true_false":
      if (draft.answer !== "True" && draft.answer !== "False") return null;
      break;
    case "typed":
      if (typeof draft.answer !== "string" || containsPhrase(prompt.replace(BLANK, " "), draft.answer)) return null;
      break;
    case "matching": {
      if (!Array.isArray(draft.answer) || draft.answer.length < 3 || draft.answer.length > 5) return null;
      break;
    }
  }
  return { ...draft, prompt };
}
