// A strict reader for the inline markdown most prose uses (bold, italics, simple links, code spans).
// It returns null whenever remark could read the text differently, so remark stays the authority.

import type { InlineText } from "./document-model";

const UNSAFE = /[\\<>~|]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|:\/\/|www\.|[\w.+-]@[\w-]+\.\w/i;
const INNER_UNSAFE = /[*_`[\]]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/;
const ALNUM = /[\p{L}\p{N}]/u;
const LINK = /^(!?)\[([^[\]*_`]*)\]\(([^()\s<>]*)(?:\s+"[^"]*")?\)/;

function isSpaceOrEdge(char: string): boolean {
  return char === "" || WHITESPACE.test(char);
}

function isPunctuation(char: string): boolean {
  return char !== "" && PUNCTUATION.test(char);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function parseInlineFast(raw: string): InlineText | null {
  const source = raw.trim();
  // Link destinations may hold "://" or "&" freely; only the visible text decides whether remark is needed.
  if (UNSAFE.test(source.replace(/\]\([^()\s<>]*(?:\s+"[^"]*")?\)/g, "](x)"))) return null;
  let out = "";
  const marked: string[] = [];
  const strong: string[] = [];
  let leadStrong: string | undefined;
  let hasPlain = false;
  let sawLink = false;

  const appendPlain = (text: string) => {
    out += text;
    if (!hasPlain && /\S/.test(text)) hasPlain = true;
  };

  const special = /[`*_[\]!]/g;
  let i = 0;
  while (i < source.length) {
    special.lastIndex = i;
    const found = special.exec(source);
    const stop = found ? found.index : source.length;
    if (stop > i) {
      appendPlain(source.slice(i, stop));
      i = stop;
      if (i >= source.length) break;
    }
    const char = source.charAt(i);
    if (char === "`") {
      if (source.charAt(i + 1) === "`") return null;
      const close = source.indexOf("`", i + 1);
      if (close < 0 || source.charAt(close + 1) === "`") return null;
      const code = source.slice(i + 1, close);
      if (!code.trim() || /^\s|\s$/.test(code) || INNER_UNSAFE.test(code)) return null;
      appendPlain(code);
      i = close + 1;
      continue;
    }
    if (char === "*" || char === "_") {
      const before = source.charAt(i - 1);
      let run = 1;
      while (source.charAt(i + run) === char) run++;
      const after = source.charAt(i + run);
      if (char === "_" && ALNUM.test(before) && ALNUM.test(after)) {
        appendPlain(char.repeat(run));
        i += run;
        continue;
      }
      if (run > 2) return null;
      const close = source.indexOf(char, i + run);
      if (close < 0) return null;
      const inner = source.slice(i + run, close);
      let closeRun = 1;
      while (source.charAt(close + closeRun) === char) closeRun++;
      if (closeRun !== run || !inner || INNER_UNSAFE.test(inner)) return null;
      const first = inner.charAt(0);
      const last = inner.charAt(inner.length - 1);
      const next = source.charAt(close + run);
      if (WHITESPACE.test(first) || WHITESPACE.test(last)) return null;
      if (isPunctuation(first) && !(isSpaceOrEdge(before) || isPunctuation(before))) return null;
      if (isPunctuation(last) && !(isSpaceOrEdge(next) || isPunctuation(next))) return null;
      if (char === "_" && (ALNUM.test(before) || ALNUM.test(next))) return null;
      if (run === 2 && i === 0) leadStrong = collapse(inner);
      marked.push(collapse(inner));
      if (run === 2) strong.push(collapse(inner));
      appendPlain(inner);
      i = close + run;
      continue;
    }
    if (char === "[" || (char === "!" && source.charAt(i + 1) === "[")) {
      const match = LINK.exec(source.slice(i));
      if (!match) return null;
      sawLink = true;
      if (!match[1]) {
        const text = match[2] ?? "";
        out += text;
      }
      i += match[0].length;
      continue;
    }
    if (char === "]") return null;
    appendPlain(char);
    i++;
  }

  const inline: InlineText = { text: collapse(out), marked: marked.filter(Boolean), strong: strong.filter(Boolean), linkOnly: sawLink && !hasPlain };
  if (leadStrong) inline.leadStrong = leadStrong;
  return inline;
}
