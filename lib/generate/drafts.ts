// What the generators hand to the deck builder before validation, identity and ordering.

import type { CardKind, QuizKind, Source } from "./types";

/** Where a draft comes from: identity derives from `unit` (the narrowest text it depends on) and `passage`. */
export type Origin = { unit: string; passage: string; source: Source; order: number };

export type CardDraft = Origin & { kind: CardKind; front: string; back: string; discriminator: string };

export type QuizDraft = Origin & {
  kind: QuizKind;
  prompt: string;
  options?: string[] | { left: string[]; right: string[] };
  answer: string | [string, string][];
  explanation?: string;
  discriminator: string;
  /** Set when the key was already needed (to seed a shuffle or a coin), so it is not hashed twice. */
  key?: string;
};

export type DefinitionFact = {
  origin: Origin;
  /** The term as it reads inside a question ("a foundation model", "the Calvin cycle"). */
  subject: string;
  /** The term on its own, capitalised, as an answer ("Foundation model"). */
  term: string;
  /** The defining phrase without a final full stop ("a large AI model trained on ..."). */
  definition: string;
  copula: string;
  plural: boolean;
  sentence: string;
};

export type NamedItem = { name: string; explanation: string };
export type NamedListFact = { origin: Origin; label: string; items: NamedItem[] };

export type TableCellFact = { entity: string; attribute: string; value: string; front: string; origin: Origin };
export type TableFact = { cellsByAttribute: TableCellFact[][] };

export type ClozeAnchor = "term" | "year" | "number" | "name";
export type ClozeFact = { origin: Origin; front: string; answer: string; anchor: ClozeAnchor; sentence: string; before: string; after: string };

export type Facts = { definitions: DefinitionFact[]; namedLists: NamedListFact[]; tables: TableFact[]; clozes: ClozeFact[] };

export type DocumentInfo = {
  title: string;
  /** A short name for what the document is about, for questions that need context ("photosynthesis"). */
  topic?: string;
  /** Words the document writes in lower case somewhere, to decide how a term is cased inside a question. */
  lowercaseWords: ReadonlySet<string>;
  /** Capitalised words the document uses in the middle of a sentence: names, which keep their capital. */
  properWords: ReadonlySet<string>;
  years: number[];
};

export type SectionView = {
  label: string;
  heading: string;
  path: string[];
  doc: DocumentInfo;
};
