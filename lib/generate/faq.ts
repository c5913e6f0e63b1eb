// Question cards from FAQ-style headings, bold questions and "Q:" lines, answered by the text under
// them, trimmed to the sentences that answer.

import { asSentence } from "./clean-text";
import type { InlineText } from "./document-model";
import { splitSentences } from "./sentences";
import { countWords } from "./words";

const MAX_ANSWER = 300;
const INTERROGATIVE = /^(?:what|what's|why|how|how's|when|where|who|whom|whose|which|is|are|was|were|do|does|did|can|could|should|would|will|shall|may|might|must|has|have|had|isn't|aren't|don't|doesn't|can't|in what|to what|for what|at what|by how much|how much|how many|how long)\b/i;
const RHETORICAL = /^(?:what's next|what now|why not|why wait|who cares|how so|what else|any questions|what are you waiting for|ready to|want to|need help|still have questions|got questions|have questions)\b/i;

export function isRealQuestion(text: string): boolean {
  const question = text.trim();
  if (!question.endsWith("?") || !INTERROGATIVE.test(question) || RHETORICAL.test(question)) return false;
  const words = countWords(question);
  return words >= 3 && words <= 30 && !/[.!]\s/.test(question.slice(0, -1));
}

/** The first sentences of an answer, up to about 300 characters; null when even the first is too long. */
export function trimAnswer(text: string): string | null {
  const sentences = splitSentences(text);
  let answer = "";
  for (const sentence of sentences) {
    if (!answer) {
      answer = sentence;
      continue;
    }
    const tooShort = answer.length < 80 || /^(?:yes|no|usually|sometimes|not always|it depends)\b[^.]{0,25}[.!]$/i.test(answer);
    if (!tooShort || answer.length + sentence.length + 1 > MAX_ANSWER) break;
    answer = `${answer} ${sentence}`;
  }
  if (!answer || answer.length > MAX_ANSWER || countWords(answer) < 3) return null;
  if (/^(?:yes|no)[.!]?$/i.test(answer)) return null;
  return asSentence(answer);
}

/** Items of a list as one answer line: "Scale; diverse data; transfer." */
export function joinItems(items: string[], ordered: boolean): string | null {
  if (items.length < 2 || items.length > 10) return null;
  if (items.some((item) => item.length > 90 || countWords(item) === 0)) return null;
  const cleaned = items.map((item) => item.replace(/[.;,:]+$/, "").trim());
  const joined = ordered ? cleaned.map((item, index) => `${index + 1}. ${item}`).join("; ") : cleaned.join("; ");
  return joined.length <= MAX_ANSWER ? asSentence(joined) : null;
}

/** "**Is it free?** Yes, ..." and "Q: ... A: ..." in one paragraph. */
export function splitInlineQuestion(inline: InlineText): { question: string; answer: string } | null {
  const lead = inline.leadStrong?.trim();
  if (lead && lead.endsWith("?") && inline.text.startsWith(lead)) {
    const answer = inline.text.slice(lead.length).trim();
    return answer ? { question: lead, answer } : null;
  }
  const qa = /^(?:q|question)\s*[:.]\s*(.+?\?)\s*(?:a|answer)\s*[:.]\s*(.+)$/i.exec(inline.text);
  if (qa?.[1] && qa[2]) return { question: qa[1], answer: qa[2] };
  return null;
}

export function asStandaloneQuestion(text: string): string | null {
  const question = text.replace(/^(?:q|question)\s*[:.]\s*/i, "").trim();
  return isRealQuestion(question) ? question : null;
}

export function stripAnswerLabel(text: string): string {
  return text.replace(/^(?:a|answer)\s*[:.]\s+/i, "");
}
