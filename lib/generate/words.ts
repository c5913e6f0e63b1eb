// Word-level helpers shared by the generators, the quality gate and the dedupe.

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor so yet for of in on at to from by with without within into onto upon about above below " +
    "over under between among through during before after since until while as than then there here this that these those " +
    "it its it's itself they them their theirs themselves we us our ours you your yours he him his she her hers i me my mine " +
    "is are was were be been being am do does did doing done have has had having can could should would will shall may might must " +
    "not no yes very too also just only even still more most less least much many some any each every all both either neither " +
    "such what which who whom whose when where why how if else whether because although though however therefore thus " +
    "one ones other others another same own s t n't don't doesn't isn't aren't wasn't weren't can't won't ll re ve d m o " +
    "up down out off again further once etc via per vs versus"
  ).split(" "),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function contentTokens(text: string): string[] {
  return tokenize(text).filter((token) => !STOP_WORDS.has(token));
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Lowercase, strip diacritics and punctuation: the form used to ask "does this text contain that one?". */
const ASCII = /^[\x00-\x7f]*$/;

function normalizeAscii(text: string): string {
  let out = "";
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code === 39) continue;
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (pendingSpace && out) out += " ";
      pendingSpace = false;
      out += String.fromCharCode(code);
    } else pendingSpace = true;
  }
  return out;
}

export function normalizeLoose(text: string): string {
  if (ASCII.test(text)) return normalizeAscii(text);
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** True when `needle` occurs in `haystack` as whole words, ignoring case and punctuation. */
export function containsPhrase(haystack: string, needle: string): boolean {
  const n = normalizeLoose(needle);
  if (!n) return false;
  return ` ${normalizeLoose(haystack)} `.includes(` ${n} `);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const token of small) if (large.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}
