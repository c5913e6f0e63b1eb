import type { QuizKind } from "@/lib/srs/quiz-evidence";

export type MatchingPair = [string, string];
/** What a question expects: one text, or for matching the [left, right] pairs. */
export type QuizAnswerValue = string | MatchingPair[];
/** What a learner gives: one text, or for matching the pairs they made. */
export type QuizResponse = string | string[][];

const TRUE_FALSE = ["True", "False"];

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : []);

/** The stored enum ("MULTIPLE_CHOICE") as the generator and the scheduler name it ("multiple_choice"). */
export function toQuizKind(stored: string): QuizKind {
  return stored.toLowerCase() as QuizKind;
}

/** "true", "T" and "True" are one answer to a true/false question. */
export function truthOf(text: string): string {
  const value = text.trim().toLowerCase();
  if (value === "t" || value === "true") return "true";
  if (value === "f" || value === "false") return "false";
  return value;
}

export function readChoices(kind: QuizKind, options: unknown): string[] {
  if (kind === "multiple_choice") return strings(options);
  if (kind === "true_false") {
    const stored = strings(options);
    return stored.length === 2 ? stored : TRUE_FALSE;
  }
  return [];
}

export function readPairs(answer: unknown): MatchingPair[] {
  if (!Array.isArray(answer)) return [];
  return answer.flatMap((pair): MatchingPair[] => (Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "string" ? [[pair[0], pair[1]]] : []));
}

/** Left terms in their order; right terms sorted, so their order never gives the pairs away. */
export function readMatching(options: unknown, answer: unknown): { left: string[]; right: string[] } {
  const pairs = readPairs(answer);
  const stored = options && typeof options === "object" && !Array.isArray(options) ? (options as { left?: unknown; right?: unknown }) : {};
  const left = strings(stored.left);
  const right = strings(stored.right);
  return {
    left: left.length ? left : pairs.map(([term]) => term),
    right: [...(right.length ? right : pairs.map(([, match]) => match))].sort((a, b) => a.localeCompare(b)),
  };
}

/** The expected answer as the learner should see it (a true/false answer in the wording of its choices). */
export function readAnswer(kind: QuizKind, answer: unknown, choices: string[]): QuizAnswerValue {
  if (kind === "matching") return readPairs(answer);
  const text = typeof answer === "string" ? answer : typeof answer === "boolean" || typeof answer === "number" ? String(answer) : "";
  if (kind === "true_false") return choices.find((choice) => truthOf(choice) === truthOf(text)) ?? text;
  return text;
}
