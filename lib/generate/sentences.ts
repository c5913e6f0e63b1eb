// Sentence splitting that does not break on "e.g.", "Dr.", "U.S.", initials or decimals.

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sr jr st mt ft gen col lt capt sgt rev hon gov sen rep pres vs fig figs eq vol pp ch cf al approx ca c " +
    "e.g i.e a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec dept est no"
  ).split(" "),
);

const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(before: string, nextChar: string): boolean {
  const token = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (!token) return false;
  const bare = token.replace(/\.$/, "").toLowerCase();
  if (/^\p{Lu}$/u.test(token)) return true;
  if (/^(?:\p{L}\.){1,}\p{L}$/u.test(token)) return true;
  if (bare === "no") return /\d/.test(nextChar);
  return ABBREVIATIONS.has(bare);
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const punctuation = match[1] ?? "";
    const end = match.index + punctuation.length + (match[2]?.length ?? 0);
    const nextChar = text.charAt(match.index + match[0].length);
    if (punctuation === "." && endsWithAbbreviation(text.slice(start, match.index), nextChar)) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
