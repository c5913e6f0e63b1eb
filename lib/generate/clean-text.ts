// Text clean-up applied to every piece of text before it can reach a card.

import { removeTags } from "./html-text";

const CITATION = /\[(?:\d{1,3}(?:[,–-]\s?\d{1,3})*|[a-z]|\^[^\]]{1,20}|citation needed|edit|clarification needed|when\?|who\?|according to whom\?|note \d+|page needed|verification needed|dubious|update)\]/gi;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

const NEEDS_SPACING = /[\u00a0\t\r\n\f\v]|\s\s|\s[,.;:!?)\]]|[(\[]\s|^\s|\s$/;
const NEEDS_SCRUB = /[<[*_`\u200b-\u200d\u2060\ufeff\u00ad]/;

export function cleanText(text: string): string {
  const scrubbed = NEEDS_SCRUB.test(text)
    ? removeTags(text)
        .replace(ZERO_WIDTH, "")
        .replace(CITATION, "")
        .replace(/\*{2,}|_{2,}(?=\S)|(?<=\S)_{2,}|`+/g, "")
    : text;
  if (!NEEDS_SPACING.test(scrubbed)) return scrubbed;
  return scrubbed
    .replace(/[\u00a0\t\r\n\f\v]+/g, " ")
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([,.;:!?)\]])/g, "$1")
    .replace(/([(\[])\s+/g, "$1")
    .trim();
}

/** Characters that page widgets (accordions, "read more" arrows) leave after a question or heading. */
const WIDGET_TAIL = /[\s+⌄›»▾▼▸►▶⌃∨˅❯>×✕✖−–—•·…⌵⏷⯆🔽➕＋]+$/u;

export function stripWidgetTail(text: string): string {
  return text.replace(WIDGET_TAIL, "").trim();
}

export function cleanHeading(text: string): string {
  return stripWidgetTail(cleanText(text))
    .replace(/\s*[¶§#]+$/u, "")
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[IVX]{1,4}\.|(?:step|part|chapter|section)\s+\d{1,2}\s*[:.–—-])\s+(?=\p{L})/iu, "")
    .replace(/\s+\|\s+/g, " – ")
    .replace(/\s*:$/, "")
    .trim();
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Ends with a full stop unless it already ends with terminal punctuation. */
export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/[,;:–—-]+$/, "").trim();
  if (!trimmed) return "";
  return /[.!?…]["'”’)]*$/.test(trimmed) ? upperFirst(trimmed) : `${upperFirst(trimmed)}.`;
}

export function truncateWords(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, "")}…`;
}
