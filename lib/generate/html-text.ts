// Raw HTML is never trusted: scripts and styles lose their content, every other tag is dropped.

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  copy: "©",
};

const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?(?:-->|$)|<![^<>]*>|<\?[\s\S]*?(?:\?>|$)/g;

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return safeCodePoint(parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith("#")) return safeCodePoint(parseInt(body.slice(1), 10)) ?? whole;
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

export function removeTags(text: string): string {
  return text.replace(TAG, " ");
}

/** Visible text of an HTML fragment, without anything executable. */
export function htmlToText(html: string): string {
  const withoutCode = html.replace(/<(script|style|noscript|template|iframe|object|svg)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, " ");
  return removeTags(decodeEntities(removeTags(withoutCode))).replace(/\s+/g, " ").trim();
}

/** Names of elements whose text content must be skipped when they appear as inline HTML. */
export const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "iframe", "object", "svg"]);
