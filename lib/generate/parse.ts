// Markdown to a tree of sections. remark (with GFM tables and front matter) reads every chunk the
// strict fast path in fast-blocks.ts declines; both produce the same RawBlock form.

import type { Nodes, PhrasingContent, Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { cleanHeading, cleanText } from "./clean-text";
import type { Block, InlineText, ParsedDocument, RawBlock, Section } from "./document-model";
import { readFastChunk, splitChunks, type FastChunk } from "./fast-blocks";
import { isFurnitureHeading } from "./furniture";
import { HIDDEN_ELEMENTS, htmlToText } from "./html-text";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml", "toml"]);

/** remark slows down sharply on very long inputs, so slow chunks are parsed in batches of this size. */
const SLOW_BATCH_CHARS = 16_000;

type Piece = { text: string; fast: FastChunk | null; firstLine: string };

export type ParseOptions = { fastPath?: boolean };

export function parseMarkdown(markdown: string, options: ParseOptions = {}): ParsedDocument {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const frontMatterTitle = readFrontMatter(lines);
  const referenceLines = lines.filter((line) => /^ {0,3}\[[^\]]+\]:\s*\S/.test(line)).join("\n");
  const pieces = toPieces(lines, options.fastPath !== false);
  const raw: RawBlock[] = [];
  let batch: string[] = [];
  let batchChars = 0;
  const flush = () => {
    if (!batch.length) return;
    const text = referenceLines ? `${batch.join("\n\n")}\n\n${referenceLines}` : batch.join("\n\n");
    collectBlocks((processor.parse(text) as Root).children, raw);
    batch = [];
    batchChars = 0;
  };
  for (const piece of pieces) {
    if (piece.fast) {
      flush();
      raw.push(...piece.fast.blocks);
      continue;
    }
    if (batchChars > SLOW_BATCH_CHARS && /^(?:#{1,6}\s|[^\s\-+*\d>|<`~])/.test(piece.firstLine)) flush();
    batch.push(piece.text);
    batchChars += piece.text.length;
  }
  flush();
  const document = buildSections(raw);
  if (frontMatterTitle) document.frontMatterTitle = frontMatterTitle;
  return document;
}

function readFrontMatter(lines: string[]): string | undefined {
  const opener = lines[0]?.trim();
  if (opener !== "---" && opener !== "+++") return undefined;
  const end = lines.findIndex((line, index) => index > 0 && index < 200 && (line.trim() === opener || (opener === "---" && line.trim() === "...")));
  if (end < 0) return undefined;
  const block = lines.slice(0, end + 1).join("\n").replace(/\n\.\.\.$/, "\n---");
  const node = (processor.parse(block) as Root).children[0] as { type: string; value?: string } | undefined;
  for (let index = 0; index <= end; index++) lines[index] = "";
  if (!node || (node.type !== "yaml" && node.type !== "toml") || !node.value) return undefined;
  const match = /^title\s*[:=]\s*(.+)$/m.exec(node.value);
  const title = match?.[1]?.trim().replace(/^(["'])(.*)\1$/, "$2").trim();
  return title ? cleanText(title) : undefined;
}

function toPieces(lines: string[], fastPath: boolean): Piece[] {
  const pieces: Piece[] = [];
  for (const chunk of splitChunks(lines)) {
    const fast = fastPath ? readFastChunk(chunk) : null;
    const piece: Piece = { text: chunk.lines.join("\n"), fast, firstLine: chunk.lines[0] ?? "" };
    const previous = pieces[pieces.length - 1];
    if (previous?.fast?.last) {
      const continuesList = fast?.first && sameList(previous.fast.last, fast.first);
      // A slow chunk after a list may continue that list (a loose item, an indented paragraph), so remark reads both.
      if (!fast) demoteTrailingLists(pieces);
      else if (continuesList) mergeLeadingList(previous.fast, fast);
    }
    if (fast?.first && previous && !previous.fast) piece.fast = null;
    pieces.push(piece);
  }
  return pieces;
}

function sameList(a: { ordered: boolean; marker: string }, b: { ordered: boolean; marker: string }): boolean {
  return a.ordered === b.ordered && a.marker === b.marker;
}

function mergeLeadingList(previous: FastChunk, next: FastChunk) {
  const target = previous.blocks[previous.blocks.length - 1];
  const leading = next.blocks[0];
  if (target?.type !== "list" || leading?.type !== "list") return;
  target.items.push(...leading.items);
  next.blocks.shift();
  delete next.first;
  if (!next.blocks.length) {
    next.last = previous.last;
    previous.blocks.pop();
    previous.blocks.push(target);
  }
}

function demoteTrailingLists(pieces: Piece[]) {
  for (let index = pieces.length - 1; index >= 0; index--) {
    const piece = pieces[index];
    if (!piece?.fast?.last) return;
    const continued = piece.fast.first && piece.fast.blocks.length === 1;
    piece.fast = null;
    if (!continued) return;
  }
}

type InlineState = { out: string; marked: string[]; strong: string[]; plain: number; sawLink: boolean; hidden: string | null };

function walkPhrasing(nodes: readonly Nodes[], state: InlineState, inLink: boolean) {
  for (const node of nodes) {
    switch (node.type) {
      case "text":
      case "inlineCode":
        if (state.hidden) break;
        state.out += node.value;
        if (!inLink) state.plain += node.value.replace(/\s+/g, "").length;
        break;
      case "html": {
        const open = /^<([a-z][a-z0-9-]*)\b/i.exec(node.value)?.[1]?.toLowerCase();
        const close = /^<\/([a-z][a-z0-9-]*)/i.exec(node.value)?.[1]?.toLowerCase();
        if (open && HIDDEN_ELEMENTS.has(open) && !/\/>$/.test(node.value)) state.hidden = open;
        else if (close && close === state.hidden) state.hidden = null;
        break;
      }
      case "strong":
      case "emphasis": {
        const start = state.out.length;
        walkPhrasing(node.children, state, inLink);
        const inner = state.out.slice(start).replace(/\s+/g, " ").trim();
        if (inner) state.marked.push(inner);
        if (inner && node.type === "strong") state.strong.push(inner);
        break;
      }
      case "link":
      case "linkReference":
        state.sawLink = true;
        walkPhrasing(node.children, state, true);
        break;
      case "image":
      case "imageReference":
        state.sawLink = true;
        break;
      case "break":
        state.out += " ";
        break;
      case "delete":
      case "footnoteReference":
        break;
      default:
        if ("children" in node) walkPhrasing(node.children as Nodes[], state, inLink);
    }
  }
}

function inlineFrom(nodes: readonly PhrasingContent[]): InlineText {
  const state: InlineState = { out: "", marked: [], strong: [], plain: 0, sawLink: false, hidden: null };
  walkPhrasing(nodes, state, false);
  const inline: InlineText = { text: state.out.replace(/\s+/g, " ").trim(), marked: state.marked, strong: state.strong, linkOnly: state.sawLink && state.plain === 0 };
  const first = nodes[0];
  if (first?.type === "strong") {
    const lead = inlineFrom(first.children).text;
    if (lead) inline.leadStrong = lead;
  }
  return inline;
}

function collectBlocks(nodes: readonly RootContent[], out: RawBlock[]) {
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        out.push({ type: "heading", depth: node.depth, inline: inlineFrom(node.children) });
        break;
      case "paragraph":
        out.push({ type: "paragraph", inline: inlineFrom(node.children) });
        break;
      case "blockquote":
        collectBlocks(node.children, out);
        break;
      case "html": {
        const text = htmlToText(node.value);
        if (text) out.push({ type: "paragraph", inline: { text, marked: [], strong: [], linkOnly: false } });
        break;
      }
      case "table":
        out.push({ type: "table", rows: node.children.map((row) => row.children.map((cell) => inlineFrom(cell.children))) });
        break;
      case "list": {
        const nested: RawBlock[] = [];
        const items = node.children.map((item) => {
          const paragraphs = item.children.filter((child) => child.type === "paragraph").map((child) => inlineFrom(child.children));
          const merged: InlineText = {
            text: paragraphs.map((p) => p.text).filter(Boolean).join(" "),
            marked: paragraphs.flatMap((p) => p.marked),
            strong: paragraphs.flatMap((p) => p.strong),
            linkOnly: paragraphs.length > 0 && paragraphs.every((p) => p.linkOnly),
          };
          if (paragraphs[0]?.leadStrong) merged.leadStrong = paragraphs[0].leadStrong;
          for (const child of item.children) {
            if (child.type !== "list") continue;
            const inner: RawBlock[] = [];
            collectBlocks([child], inner);
            for (const block of inner) if (block.type === "list" && !block.parentItem) block.parentItem = merged.text;
            nested.push(...inner);
          }
          return merged;
        });
        out.push({ type: "list", ordered: Boolean(node.ordered), items }, ...nested);
        break;
      }
      default:
        break;
    }
  }
}

function cleanInline(inline: InlineText): InlineText {
  const cleaned: InlineText = {
    text: cleanText(inline.text),
    marked: inline.marked.map(cleanText).filter(Boolean),
    strong: inline.strong.map(cleanText).filter(Boolean),
    linkOnly: inline.linkOnly,
  };
  const lead = inline.leadStrong ? cleanText(inline.leadStrong) : "";
  if (lead) cleaned.leadStrong = lead;
  return cleaned;
}

const EMPTY_INLINE: InlineText = { text: "", marked: [], strong: [], linkOnly: false };

function buildSections(raw: RawBlock[]): ParsedDocument {
  const sections: Section[] = [];
  const stack: { depth: number; heading: string; furniture: boolean }[] = [];
  let current: Section = { path: [], heading: "", depth: 0, blocks: [], furniture: false };
  sections.push(current);
  let firstH1: string | undefined;
  let order = 0;
  for (const block of raw) {
    if (block.type === "heading") {
      const heading = cleanHeading(block.inline.text);
      if (!heading) continue;
      if (block.depth === 1 && firstH1 === undefined) firstH1 = heading;
      while (stack.length && (stack[stack.length - 1]?.depth ?? 0) >= block.depth) stack.pop();
      const furniture = isFurnitureHeading(heading) || stack.some((entry) => entry.furniture);
      stack.push({ depth: block.depth, heading, furniture });
      current = { path: stack.map((entry) => entry.heading), heading, depth: block.depth, blocks: [], furniture };
      sections.push(current);
      continue;
    }
    order++;
    if (block.type === "paragraph") {
      const inline = cleanInline(block.inline);
      if (inline.text) current.blocks.push({ type: "paragraph", inline, order });
    } else if (block.type === "list") {
      const items = block.items.map(cleanInline).filter((item) => item.text);
      if (items.length) {
        const list: Block = { type: "list", ordered: block.ordered, items, order };
        if (block.parentItem) list.parentItem = cleanText(block.parentItem);
        current.blocks.push(list);
      }
    } else {
      const [header, ...rows] = block.rows;
      if (!header) continue;
      const width = header.length;
      const fit = (row: InlineText[]) => Array.from({ length: width }, (_, index) => cleanInline(row[index] ?? EMPTY_INLINE));
      current.blocks.push({ type: "table", header: fit(header), rows: rows.map(fit), order });
    }
  }
  const document: ParsedDocument = { sections };
  if (firstH1) document.firstH1 = firstH1;
  return document;
}
