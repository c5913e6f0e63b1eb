// Validation of an uploaded or pasted document before it reaches the generator.

export const MAX_DOCUMENT_BYTES = 1_048_576;

export type DocumentInput = { ok: true; text: string; format: "md" | "txt" } | { ok: false; reason: string };

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd|mdx)$/i;
const TEXT_EXTENSIONS = /\.(?:txt|text)$/i;

/** Markdown signals strong enough that an unnamed upload should be read as markdown. */
export function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6}\s+\S/m.test(text) || /^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{3,}/m.test(text) || /\*\*[^*\n]+\*\*/.test(text) || /\[[^\]\n]+\]\([^)\s]+\)/.test(text) || /^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(text);
}

function countControlCharacters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 127) count++;
  }
  return count;
}

export function readDocumentInput(bytes: Uint8Array, filename?: string): DocumentInput {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    const megabytes = (bytes.length / MAX_DOCUMENT_BYTES).toFixed(1);
    return { ok: false, reason: `The document is ${megabytes} MB, over the 1 MB limit; split it into smaller documents.` };
  }
  if (bytes.length === 0) return { ok: false, reason: "The document is empty." };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: "The document is saved as UTF-16; save it as UTF-8 text and try again." };
  }
  if (bytes.includes(0)) return { ok: false, reason: "The file looks like a binary file, not text; upload a .md or .txt document." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "The document is not valid UTF-8 text; save it as UTF-8 and try again." };
  }
  text = text.replace(/^\ufeff/, "");
  const controls = countControlCharacters(text);
  if ((controls >= 4 && controls > text.length * 0.02) || (controls > 64 && controls > text.length * 0.002)) {
    return { ok: false, reason: "The file looks like a binary file, not text; upload a .md or .txt document." };
  }
  if (!text.trim()) return { ok: false, reason: "The document contains only whitespace." };
  const format = filename && MARKDOWN_EXTENSIONS.test(filename) ? "md" : filename && TEXT_EXTENSIONS.test(filename) ? "txt" : looksLikeMarkdown(text) ? "md" : "txt";
  return { ok: true, text, format };
}
