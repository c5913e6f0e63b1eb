// Word-level helpers shared by the generators, the quality gate and the dedupe.

const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor so yet for of in on at to from by with without within into onto upon about above below " +
    "over under between among through during before after since until while as than then there here this that these those " +
    "it its it's itself they them their theirs themselves we us our ours you your yours he him his she her hers i me my mine " +
    "is are was were be been being am do does did doing done have has had having can could should would will shall may might must " +
    "not no yes very too also just only even still more most less least much many some any each every all both either neither " +
    "such what which who whom whose when where why how if else whether because although though however therefore thus " +
    "one ones other others another same own s t n't don't doesn't isn't aren't wasn't weren't can't won't dont doesnt isnt arent wasnt werent cant wont ll re ve d m o " +
    "up down out off again further once etc via per vs versus"
  ).split(" "),
);

const ASCII = /^[\x00-\x7f]*$/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-case word tokens without accents or apostrophes ("Don't" → "dont"). */
export function tokenize(text: string): string[] {
  const normalized = normalizeLoose(text);
  return normalized ? normalized.split(" ") : [];
}

export function contentTokens(text: string): string[] {
  return tokenize(text).filter((token) => !STOP_WORDS.has(token));
}

export function countWords(text: string): number {
  if (!ASCII.test(text)) return text.match(WORD)?.length ?? 0;
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const alnum = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    if (alnum && !inWord) count++;
    inWord = alnum || (inWord && code === 39 && index + 1 < text.length && /[A-Za-z]/.test(text.charAt(index + 1)));
  }
  return count;
}

/** Lowercase, strip diacritics and punctuation: the form used to ask "does this text contain that one?". */
function normalizeAscii(text: string): string {
  const lower = text.toLowerCase();
  if (lower.includes("'")) return lower.replace(/'/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  let out = "";
  let start = -1;
  for (let index = 0; index <= lower.length; index++) {
    const code = index < lower.length ? lower.charCodeAt(index) : 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      out += out ? ` ${lower.slice(start, index)}` : lower.slice(start, index);
      start = -1;
    }
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
