// Public API of the deck generator: pure, deterministic, no I/O.

export type { CardKind, GenerateOptions, GeneratedCard, GeneratedDeck, GeneratedQuizItem, QuizKind, Source } from "./types";
export { generateDeck } from "./generate-deck";
export { checkTypedAnswer } from "./answer-match";
export { readDocumentInput } from "./input";
