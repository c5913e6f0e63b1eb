// "**Scale**: billions of parameters", "Scale — billions of parameters", "Scale: ...": a name and its explanation.

import type { InlineText } from "./document-model";
import type { NamedItem } from "./drafts";
import { splitSentences } from "./sentences";
import { contentTokens, countWords } from "./words";

const SEPARATED = /^(?<name>[^:—–]{1,60}?)\s*(?::|—|–|\s-\s)\s*(?<rest>\S.*)$/u;
const NOT_A_NAME = /^(?:note|tip|warning|example|examples|e\.g|i\.e|source|update|answer|question|summary|step \d+|why|how|what|when|where|who|this|that|these|those|it|they|here|there|but|and|so|for example|for instance|in short|bottom line|pros|cons|image|photo|credit)$/i;
const MAX_EXPLANATION = 300;

function shortenExplanation(text: string): string | null {
  let out = "";
  for (const sentence of splitSentences(text)) {
    if (!out) out = sentence;
    else if (out.length < 80 && out.length + sentence.length + 1 <= MAX_EXPLANATION) out = `${out} ${sentence}`;
    else break;
  }
  return out && out.length <= MAX_EXPLANATION ? out : null;
}

function readNamedItem(item: InlineText): NamedItem | null {
  let name: string | undefined;
  let rest: string | undefined;
  const lead = item.leadStrong?.trim();
  if (lead && item.text.startsWith(lead)) {
    name = lead.replace(/[:.–—-]+$/, "").trim();
    rest = item.text.slice(lead.length).replace(/^\s*(?::|—|–|-|\.)?\s*/, "");
  } else {
    const match = SEPARATED.exec(item.text);
    name = match?.groups?.name?.trim();
    rest = match?.groups?.rest?.trim();
    const dashed = match !== null && /\s[—–]\s/.test(item.text.slice(0, (name?.length ?? 0) + 3));
    if (name && !dashed && !/^[\p{Lu}\p{N}"“]/u.test(name)) return null;
  }
  if (!name || !rest) return null;
  const words = countWords(name);
  if (words === 0 || words > 6 || NOT_A_NAME.test(name) || /[.!?;]/.test(name) || /^(?:a|an)\s/i.test(name) || contentTokens(name).length === 0) return null;
  const explanation = shortenExplanation(rest);
  if (!explanation || countWords(explanation) < 2) return null;
  return { name, explanation };
}

/** The named items of a list, or null when the list is not mostly "name: explanation" items. */
export function readNamedItems(items: InlineText[]): NamedItem[] | null {
  const named = items.map(readNamedItem);
  const found = named.filter((item): item is NamedItem => item !== null);
  if (found.length < 2 || found.length < items.length * 0.6) return null;
  const names = new Set(found.map((item) => item.name.toLowerCase()));
  return names.size === found.length ? found : null;
}
