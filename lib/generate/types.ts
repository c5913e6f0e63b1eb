// Public shapes of a generated deck.

export type CardKind = "definition" | "definition_reverse" | "question" | "list" | "list_item" | "table" | "cloze";
export type QuizKind = "multiple_choice" | "true_false" | "typed" | "matching";

/** section: heading path joined with " › " (the document title when the passage sits before any heading). */
export type Source = { section: string; excerpt: string };

export type GeneratedCard = {
  id: string;
  key: string;
  passageKey: string;
  kind: CardKind;
  front: string;
  back: string;
  source: Source;
  position: number;
};

export type GeneratedQuizItem = {
  id: string;
  key: string;
  passageKey: string;
  kind: QuizKind;
  prompt: string;
  options?: string[] | { left: string[]; right: string[] };
  answer: string | [string, string][];
  explanation?: string;
  source: Source;
  position: number;
};

export type GeneratedDeck = {
  title: string;
  cards: GeneratedCard[];
  quiz: GeneratedQuizItem[];
  /** Set when the deck is empty: says why. */
  message?: string;
};

export type GenerateOptions = { format?: "md" | "txt"; fallbackTitle?: string };
