// Table cards: one per meaningful cell, asked from its row and column headers ("TCP: header size?").

import { asSentence, lowerFirst, upperFirst } from "./clean-text";
import type { InlineText } from "./document-model";
import { termDefinition } from "./definitions";
import type { CardDraft, DefinitionFact, Origin, SectionView, TableCellFact, TableFact } from "./drafts";
import { displayTerm, looksPlural } from "./phrasing";
import { containsPhrase, contentTokens, countWords } from "./words";

const ATTRIBUTE_CORNER = /^(?:|aspects?|features?|propert(?:y|ies)|characteristics?|criteri(?:a|on)|attributes?|categor(?:y|ies)|dimensions?|factors?|comparison|basis(?: of comparison)?|metrics?|parameters?|traits?|points?|(?:key )?differences?|considerations?|areas?|details?|specifications?|specs?|topics?|questions?|elements?|items?|what|which|#)$/i;
const ATTRIBUTE_COLUMN = /^(?:pros|cons|advantages?|disadvantages?|benefits?|drawbacks?|strengths?|weaknesses?|limitations?|risks?|description|notes?|examples?|uses?|use cases?|typical uses?|cost|price|speed|size|purpose|role|function|best for|when to use|key features?|main features?|characteristics?|definition|meaning|origin|location|date|year|population|capital|type|category)$/i;
const GLOSSARY_COLUMN = /^(?:definition|meaning|description|explanation|what it (?:means|is|does)|defined as)$/i;
const EMPTY_CELL = /^(?:[-–—?✓✔✗✘x×•]|n\/?a|tbd|none listed|)$/i;
const MAX_CELL = 200;
const MAX_CARDS_PER_TABLE = 30;

export type TableResult = { cards: CardDraft[]; fact?: TableFact; definitions: DefinitionFact[] };

function cellText(cell: InlineText | undefined): string {
  return cell?.text.trim() ?? "";
}

function core(text: string): string {
  return text.replace(/\s*\([^)]*\)/g, "").trim();
}

function entityLabel(entity: string, corner: string, rowsAreEntities: boolean, title: string | undefined, view: SectionView): string {
  const labelled = /^([^:]{1,30}):\s+(.{2,60})$/.exec(entity);
  if (labelled?.[1] && labelled[2]) return `${upperFirst(labelled[1].trim())} (${labelled[2].trim()})`;
  const plain = core(entity) || entity;
  if (rowsAreEntities && corner && countWords(corner) <= 2 && !looksPlural(corner) && countWords(plain) === 1 && (/\d/.test(plain) || /^\p{Lu}{2,5}$/u.test(plain)) && !containsPhrase(plain, corner)) {
    return `${plain} ${lowerFirst(corner)}`;
  }
  if (/^\p{Ll}/u.test(plain) && countWords(plain) === 1 && title && countWords(title) <= 6 && !containsPhrase(title, plain)) return `${title} — ${plain}`;
  return /^\p{Ll}/u.test(plain) ? upperFirst(displayTerm(plain, view.doc)) : plain;
}

export function tableCards(header: InlineText[], rows: InlineText[][], title: string | undefined, view: SectionView, makeOrigin: (unit: string, sub: number, excerpt?: string) => Origin): TableResult {
  const result: TableResult = { cards: [], definitions: [] };
  const headers = header.map(cellText);
  if (headers.length < 2 || rows.length < 1 || headers.slice(1).some((h) => !h)) return result;
  const corner = headers[0] ?? "";

  if (headers.length === 2 && GLOSSARY_COLUMN.test(headers[1] ?? "")) {
    rows.forEach((row, index) => {
      const term = cellText(row[0]);
      const definition = cellText(row[1]);
      if (!term || countWords(term) > 6 || definition.length > MAX_CELL) return;
      const found = termDefinition(term, definition, makeOrigin(`${term}: ${definition}`, index), view);
      if (!found) return;
      result.definitions.push(found.fact);
      result.cards.push(...found.cards);
    });
    return result;
  }

  const rowsAreEntities = !ATTRIBUTE_CORNER.test(corner.trim()) || (!corner.trim() && headers.slice(1).every((h) => ATTRIBUTE_COLUMN.test(h.trim())));
  const cells: TableCellFact[] = [];
  rows.forEach((row, rowIndex) => {
    const rowHeader = cellText(row[0]);
    if (!rowHeader) return;
    for (let column = 1; column < headers.length; column++) {
      const value = cellText(row[column]);
      if (EMPTY_CELL.test(value) || value.length > MAX_CELL || countWords(value) > 30) continue;
      const columnHeader = headers[column] ?? "";
      const entity = rowsAreEntities ? rowHeader : columnHeader;
      const attribute = rowsAreEntities ? columnHeader : rowHeader;
      if (containsPhrase(attribute, value) || containsPhrase(entity, value) || contentTokens(attribute).length === 0) continue;
      const attributeText = /^\p{Lu}\p{Ll}/u.test(attribute) ? lowerFirst(attribute) : attribute;
      const front = `${entityLabel(entity, corner, rowsAreEntities, title, view)}: ${attributeText}?`;
      const origin = makeOrigin(`${headers.join(" | ")}\n${rowHeader} | ${columnHeader} | ${value}`, rowIndex * headers.length + column, `${rowHeader} — ${columnHeader}: ${value}`);
      cells.push({ entity: core(entity) || entity, attribute, value, front, origin });
    }
  });
  for (const cell of cells.slice(0, MAX_CARDS_PER_TABLE)) {
    result.cards.push({ ...cell.origin, kind: "table", front: cell.front, back: asSentence(cell.value), discriminator: `${cell.entity}|${cell.attribute}` });
  }
  const byAttribute = new Map<string, TableCellFact[]>();
  for (const cell of cells) byAttribute.set(cell.attribute, [...(byAttribute.get(cell.attribute) ?? []), cell]);
  result.fact = { cellsByAttribute: [...byAttribute.values()] };
  return result;
}
