// Turns pasted web text and .txt files into markdown the parser understands: short lines become
// headings, "?" lines FAQ headings, glyph bullets list items, tab-separated lines tables, and page
// furniture disappears.

import { stripWidgetTail } from "./clean-text";
import { introducesLinkList, isFurnitureHeading, isFurnitureText } from "./furniture";
import { countWords } from "./words";

type LineKind = "blank" | "furniture" | "bullet" | "number" | "question" | "row" | "heading" | "rule" | "text";
type Line = { kind: LineKind; text: string; indent: number; cells?: string[] };

const BULLET = /^([•·▪◦‣●○■□➢►▸▹✓✔➤→‐‑‒–—*+-])\s+(\S.*)$/u;
const NUMBER = /^(\d{1,2})[.)]\s+(\S.*)$/;
const MD_HEADING = /^#{1,6}\s+\S/;
const INTERROGATIVE = /^(?:what|what's|why|how|how's|when|where|who|whom|whose|which|is|are|was|were|do|does|did|can|could|should|would|will|shall|may|might|must|has|have|had|isn't|aren't|don't|doesn't|can't)\b/i;
const FAQ_HEADING = /\b(?:faqs?|questions|q\s*&\s*a|q&as?)\b/i;

function classify(raw: string): Line {
  const expanded = raw.replace(/\u00a0/g, " ");
  const indent = /^[ \t]*/.exec(expanded)?.[0].replace(/\t/g, "    ").length ?? 0;
  const trimmed = expanded.trim();
  if (!trimmed) return { kind: "blank", text: "", indent };
  if (raw.includes("\t")) {
    const cells = raw.split("\t").map((cell) => cell.replace(/\s+/g, " ").trim());
    while (cells.length && !cells[cells.length - 1]) cells.pop();
    if (cells.filter(Boolean).length >= 2) return { kind: "row", text: trimmed, indent, cells };
  }
  const text = trimmed.replace(/\s+/g, " ");
  if (/^(?:[-=_*~#]\s*){3,}$/.test(text)) return { kind: "rule", text, indent };
  if (MD_HEADING.test(text)) return { kind: "heading", text, indent };
  if (isFurnitureHeading(text) || isFurnitureText(text)) return { kind: "furniture", text, indent };
  const bullet = BULLET.exec(text);
  if (bullet) return { kind: "bullet", text: bullet[2] ?? "", indent };
  const number = NUMBER.exec(text);
  if (number) return { kind: "number", text: number[2] ?? "", indent };
  const question = stripWidgetTail(text.replace(/^(?:q|question)\s*[:.)]\s*/i, ""));
  if (question.endsWith("?") && INTERROGATIVE.test(question) && countWords(question) <= 30) return { kind: "question", text: question, indent };
  return { kind: "text", text: text.replace(/^(?:a|answer)\s*:\s+/i, ""), indent };
}

const TRAILING_FUNCTION_WORD = /\b(?:a|an|the|and|or|but|of|in|on|at|to|for|from|by|with|as|into|than|that|which|is|are|was|were|be|its|their|our|your)$/i;

function isShort(line: Line): boolean {
  return (
    line.kind === "text" &&
    countWords(line.text) <= 12 &&
    line.text.length <= 70 &&
    !/[.!,;:?…"”]$/.test(line.text) &&
    !TRAILING_FUNCTION_WORD.test(line.text) &&
    /^[\p{Lu}\p{N}"“'‘(]/u.test(line.text)
  );
}

function isProse(line: Line | undefined, minWords = 8): boolean {
  if (!line || line.kind !== "text") return false;
  const words = countWords(line.text);
  return words >= Math.max(minWords, 15) || (words >= minWords && /[.!?:"”)]$/.test(line.text));
}

function isTermLine(text: string): boolean {
  return /^[^:—–]{1,60}?\s*(?::|—|–|\s-)\s+\S/.test(text) && countWords(text) <= 40;
}

function escapeLine(text: string): string {
  return text.replace(/^([#>])/, "\\$1").replace(/^(\d+)([.)])(\s)/, "$1\\$2$3").replace(/^([-+*])(\s)/, "\\$1$2");
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "/");
}

function findTables(lines: Line[]): Map<number, number> {
  const tables = new Map<number, number>();
  for (let start = 0; start < lines.length; start++) {
    const width = lines[start]?.cells?.length ?? 0;
    if (lines[start]?.kind !== "row" || width < 2) continue;
    let end = start;
    while (end + 1 < lines.length && lines[end + 1]?.kind === "row" && Math.abs((lines[end + 1]?.cells?.length ?? 0) - width) <= 1) end++;
    if (end > start) {
      tables.set(start, end);
      start = end;
    }
  }
  return tables;
}

function isTitleLike(line: Line, next: Line | undefined): boolean {
  return (
    (line.kind === "text" || line.kind === "question") &&
    countWords(line.text) <= 16 &&
    line.text.length <= 120 &&
    !/[.,;:…]$/.test(line.text) &&
    !TRAILING_FUNCTION_WORD.test(line.text) &&
    /^[\p{Lu}\p{N}"“'‘(]/u.test(line.text) &&
    !(next?.kind === "text" && /^\p{Ll}/u.test(next.text))
  );
}

const SITE_LABEL = /^(?:glossary|blog|learn|docs|documentation|home|news|articles|resources|guides?|wiki|help|knowledge base|library|topics)$/i;

function pickTitle(lines: Line[]): { title?: number; dropped: Set<number> } {
  const candidates: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line || line.kind === "blank" || line.kind === "furniture" || line.kind === "rule") continue;
    if (line.kind === "heading" || isProse(line) || !isTitleLike(line, lines[index + 1])) break;
    candidates.push(index);
  }
  const beforeByline = candidates.filter((index) => {
    for (let next = index + 1; next < lines.length; next++) {
      const line = lines[next];
      if (line?.kind === "blank") continue;
      return line?.kind === "furniture";
    }
    return false;
  });
  const shouting = (index: number) => /^[^\p{Ll}]+$/u.test(lines[index]?.text ?? "");
  const label = (index: number) => SITE_LABEL.test(lines[index]?.text ?? "");
  const title = beforeByline[beforeByline.length - 1] ?? candidates.find((index) => !shouting(index) && !label(index)) ?? candidates[0];
  const dropped = new Set(candidates.filter((index) => title !== undefined && index < title));
  return title === undefined ? { dropped } : { title, dropped };
}

export function plainTextToMarkdown(input: string): string {
  const lines = input
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .split("\n")
    .map(classify);
  const tables = findTables(lines);
  const { title, dropped } = pickTitle(lines);
  const out: string[] = [];
  let skipping = false;
  let listMode = false;
  let inFaq = false;
  let openParagraph: string | null = null;
  let openList = false;
  let lastItemWasTerm = false;

  const nextContent = (from: number): Line | undefined => {
    for (let index = from + 1; index < lines.length; index++) {
      const line = lines[index];
      if (line && line.kind !== "blank" && line.kind !== "furniture" && line.kind !== "rule") return line;
    }
    return undefined;
  };
  const closeParagraph = () => {
    if (openParagraph !== null) out.push(escapeLine(openParagraph), "");
    openParagraph = null;
  };
  const closeList = () => {
    if (openList) out.push("");
    openList = false;
    lastItemWasTerm = false;
  };
  const block = (text: string) => {
    closeParagraph();
    closeList();
    out.push(text, "");
  };
  const heading = (text: string, level: number) => {
    block(`${"#".repeat(level)} ${text.replace(/#+$/, "")}`);
    listMode = false;
  };
  const item = (text: string, ordered: boolean) => {
    closeParagraph();
    if (!openList) out.push("");
    out.push(`${ordered ? "1." : "-"} ${escapeLine(text)}`);
    openList = true;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line || dropped.has(index)) continue;
    const next = nextContent(index);
    if (line.kind === "blank") {
      closeParagraph();
      continue;
    }
    if (line.kind === "rule") continue;
    if (line.kind === "furniture") {
      if (introducesLinkList(line.text)) {
        skipping = true;
        listMode = false;
        closeParagraph();
        closeList();
      }
      continue;
    }
    if (skipping) {
      const resumes = isProse(line, 16) || ((isShort(line) || line.kind === "question" || line.kind === "heading") && (isProse(next, 16) || next?.kind === "row"));
      if (!resumes) continue;
      skipping = false;
    }
    if (index === title) {
      heading(line.text, 1);
      continue;
    }
    const tableEnd = tables.get(index);
    if (tableEnd !== undefined) {
      const rows = lines.slice(index, tableEnd + 1).map((row) => row.cells ?? []);
      const width = Math.max(...rows.map((row) => row.length));
      const render = (cells: string[]) => `| ${Array.from({ length: width }, (_, column) => escapeCell(cells[column] ?? "")).join(" | ")} |`;
      const [head = [], ...body] = rows;
      block([render(head), `|${" --- |".repeat(width)}`, ...body.map(render)].join("\n"));
      index = tableEnd;
      listMode = false;
      continue;
    }
    switch (line.kind) {
      case "heading":
        closeParagraph();
        closeList();
        out.push(line.text, "");
        listMode = false;
        inFaq = FAQ_HEADING.test(line.text);
        break;
      case "question":
        heading(line.text, inFaq ? 3 : 2);
        continue;
      case "bullet":
      case "number":
        item(line.text, line.kind === "number");
        listMode = false;
        break;
      case "row":
        if (openParagraph !== null) openParagraph += ` ${(line.cells ?? []).join(" ")}`;
        else openParagraph = (line.cells ?? []).join(" ");
        break;
      default: {
        const previousRaw = lines[index - 1];
        const joinsParagraph = openParagraph !== null && previousRaw?.kind === "text" && !/[.!?:"”)]$/.test(openParagraph) && (/^\p{Ll}/u.test(line.text) || (previousRaw.text.length > 60 && !isShort(line)));
        if (joinsParagraph) {
          openParagraph += ` ${line.text}`;
          break;
        }
        if (openList && previousRaw?.kind !== "blank" && line.indent > 0 && /^\p{Ll}/u.test(line.text)) {
          out[out.length - 1] += ` ${line.text}`;
          break;
        }
        const nextStartsLower = next?.kind === "text" && /^\p{Ll}/u.test(next.text);
        const looksLikeHeading =
          isShort(line) &&
          next !== undefined &&
          !nextStartsLower &&
          ((next.kind === "text" && !isShort(next)) || next.kind === "bullet" || next.kind === "number" || next.kind === "row" || isShort(next) || next.kind === "question");
        const nextIsItemLike = next === undefined || (next.kind === "text" && (isShort(next) || isTermLine(next.text)));
        const startsTermRun = openParagraph === null && isTermLine(line.text) && next?.kind === "text" && isTermLine(next.text) && countWords(line.text) <= 25;
        if ((listMode && (isTermLine(line.text) || (isShort(line) && nextIsItemLike))) || startsTermRun || (openList && isTermLine(line.text) && lastItemWasTerm)) {
          lastItemWasTerm = isTermLine(line.text);
          item(line.text, false);
          break;
        }
        if (looksLikeHeading) {
          heading(line.text, 2);
          inFaq = FAQ_HEADING.test(line.text);
          continue;
        }
        closeParagraph();
        closeList();
        openParagraph = line.text;
        listMode = /:$/.test(line.text);
        if (listMode) closeParagraph();
        break;
      }
    }
  }
  closeParagraph();
  closeList();
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}
