// Tolerant checking of typed answers: case, punctuation, a leading article and one small typo in a
// longer word do not matter; a different word or a different number does.

function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/%/g, " percent ")
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(?:the|a|an)\s+/, "");
}

/** Optimal string alignment distance, capped: only "is it at most 1" matters here. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let index = 0; index < a.length && diffs.length <= 2; index++) if (a[index] !== b[index]) diffs.push(index);
    if (diffs.length === 1) return true;
    const [first, second] = diffs;
    return diffs.length === 2 && first !== undefined && second === first + 1 && a[first] === b[second] && a[second] === b[first];
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let skipped = false;
  for (let i = 0, j = 0; i < shorter.length; j++) {
    if (shorter[i] === longer[j]) {
      i++;
      continue;
    }
    if (skipped) return false;
    skipped = true;
  }
  return true;
}

function variantsOf(expected: string): string[] {
  const variants = [expected];
  const parenthetical = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(expected);
  if (parenthetical?.[1] && parenthetical[2]) variants.push(parenthetical[1], parenthetical[2]);
  return variants;
}

function matchesOne(expected: string, given: string): boolean {
  const want = normalizeAnswer(expected);
  const got = normalizeAnswer(given);
  if (!want || !got) return false;
  if (want === got || want.replace(/ /g, "") === got.replace(/ /g, "")) return true;
  const wantWords = want.split(" ");
  const gotWords = got.split(" ");
  if (wantWords.length !== gotWords.length) return false;
  let typos = 0;
  for (let index = 0; index < wantWords.length; index++) {
    const w = wantWords[index] ?? "";
    const g = gotWords[index] ?? "";
    if (w === g) continue;
    const eligible = /^\p{L}+$/u.test(w) && w.length >= 5 && withinOneEdit(w, g);
    if (!eligible || ++typos > 1) return false;
  }
  return typos <= 1;
}

export function checkTypedAnswer(expected: string, given: string): boolean {
  return variantsOf(expected).some((variant) => matchesOne(variant, given));
}
