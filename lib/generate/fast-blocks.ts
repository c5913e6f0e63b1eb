// Splits markdown into blank-line separated chunks and reads the plain ones (headings, prose,
// flat lists, simple tables) without remark. Anything unusual returns null and goes to remark.

import type { InlineText, RawBlock } from "./document-model";
import { parseInlineFast } from "./fast-inline";

export type Chunk = { lines: string[]; spansBlankLines: boolean };
export type ListSignature = { ordered: boolean; marker: string };
export type FastChunk = { blocks: RawBlock[]; first?: ListSignature; last?: ListSignature };

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})([^`]*)$/;
const HTML_SPAN_START: [RegExp, RegExp][] = [
  [/^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

export function splitChunks(lines: string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: string[] = [];
  let spans = false;
  const close = () => {
    if (current.length) chunks.push({ lines: current, spansBlankLines: spans });
    current = [];
    spans = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!line.trim()) {
      close();
      continue;
    }
    const fence = FENCE_OPEN.exec(line);
    if (fence) {
      const marker = fence[1] ?? "```";
      const closing = new RegExp(`^ {0,3}${marker.charAt(0) === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
      current.push(line);
      spans = true;
      while (++i < lines.length) {
        const inner = lines[i] ?? "";
        current.push(inner);
        if (closing.test(inner)) break;
      }
      continue;
    }
    const html = HTML_SPAN_START.find(([start]) => start.test(line));
    if (html) {
      current.push(line);
      spans = true;
      const [start, end] = html;
      const afterStart = line.replace(start, "");
      if (end.test(afterStart)) continue;
      while (++i < lines.length) {
        const inner = lines[i] ?? "";
        current.push(inner);
        if (end.test(inner)) break;
      }
      continue;
    }
    current.push(line);
  }
  close();
  return chunks;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const ITEM = /^([-+*]|(\d{1,9})([.)]))( {1,4})(\S.*)$/;
const BLOCK_START = /^\s{0,3}(?:[#>]|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|`{3}|~{3}|<|\|)/;
const RULE_OR_UNDERLINE = /^\s{0,3}[-=_*][\s\-=_*]*$/;
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const INDENTED = /^(?: {4}|\t)/;

function splitRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith("|")) body = body.slice(1);
  if (body.endsWith("|")) body = body.slice(0, -1);
  return body.split("|").map((cell) => cell.trim());
}

function readTable(lines: string[]): InlineText[][] | null {
  const [headerLine, delimiterLine, ...rest] = lines;
  if (!headerLine || !delimiterLine || INDENTED.test(headerLine)) return null;
  if (!headerLine.includes("|") || !delimiterLine.includes("|") || !DELIMITER_ROW.test(delimiterLine)) return null;
  const header = splitRow(headerLine);
  if (header.length !== splitRow(delimiterLine).length) return null;
  const rows: InlineText[][] = [];
  for (const line of [headerLine, ...rest]) {
    if (!line.includes("|") || /^\s{0,3}(?:[#>]|`{3}|~{3}|<)/.test(line) || INDENTED.test(line)) return null;
    const cells: InlineText[] = [];
    for (const cell of splitRow(line)) {
      const inline = cell ? parseInlineFast(cell) : { text: "", marked: [], strong: [], linkOnly: false };
      if (!inline) return null;
      cells.push(inline);
    }
    rows.push(cells);
  }
  return rows;
}

export function readFastChunk(chunk: Chunk): FastChunk | null {
  if (chunk.spansBlankLines) return null;
  const blocks: RawBlock[] = [];
  const lines = chunk.lines;
  let paragraph: string[] = [];
  let list: { signature: ListSignature; items: InlineText[] } | null = null;
  let first: ListSignature | undefined;
  let lastList: ListSignature | undefined;

  const flushParagraph = (): boolean => {
    if (!paragraph.length) return true;
    const inline = parseInlineFast(paragraph.join("\n"));
    paragraph = [];
    if (!inline) return false;
    blocks.push({ type: "paragraph", inline });
    return true;
  };
  const flushList = () => {
    if (!list) return;
    blocks.push({ type: "list", ordered: list.signature.ordered, items: list.items });
    lastList = list.signature;
    list = null;
  };

  if (lines.length >= 2 && (lines[0] ?? "").includes("|") && DELIMITER_ROW.test(lines[1] ?? "")) {
    const rows = readTable(lines);
    return rows ? { blocks: [{ type: "table", rows }] } : null;
  }

  for (const line of lines) {
    const heading = ATX.exec(line);
    if (heading) {
      if (!flushParagraph()) return null;
      flushList();
      const content = (heading[2] ?? "").replace(/(?:^|[ \t]+)#+[ \t]*$/, "");
      const inline = parseInlineFast(content);
      if (!inline) return null;
      blocks.push({ type: "heading", depth: (heading[1] ?? "#").length, inline });
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const ordered = Boolean(item[2]);
      const signature: ListSignature = { ordered, marker: ordered ? (item[3] ?? ".") : (item[1] ?? "-") };
      const content = item[5] ?? "";
      if (BLOCK_START.test(content) || RULE_OR_UNDERLINE.test(line)) return null;
      if (paragraph.length) {
        if (ordered && item[2] !== "1") return null;
        if (!flushParagraph()) return null;
      }
      const inline = parseInlineFast(content);
      if (!inline) return null;
      const open = list as { signature: ListSignature; items: InlineText[] } | null;
      if (open && open.signature.ordered === signature.ordered && open.signature.marker === signature.marker) {
        open.items.push(inline);
      } else {
        flushList();
        if (!blocks.length) first = signature;
        list = { signature, items: [inline] };
      }
      continue;
    }
    if (list) return null;
    if (BLOCK_START.test(line) || RULE_OR_UNDERLINE.test(line)) return null;
    if (!paragraph.length && (blocks.length ? INDENTED.test(line) : /^\s/.test(line))) return null;
    paragraph.push(line);
  }
  if (!flushParagraph()) return null;
  const endsWithList = list !== null;
  flushList();
  const result: FastChunk = { blocks };
  if (first) result.first = first;
  if (endsWithList && lastList) result.last = lastList;
  return result;
}
