import { checkTypedAnswer } from "@/lib/generate/answer-match";
import { type QuizAnswerValue, type QuizResponse, truthOf } from "@/lib/quiz/item-shape";
import type { QuizKind } from "@/lib/srs/quiz-evidence";

/** Typed answers are forgiving; a chosen option must be the right one; matching needs every pair right. */
export function markQuizAnswer(kind: QuizKind, expected: QuizAnswerValue, response: QuizResponse): boolean {
  if (kind === "matching") {
    if (!Array.isArray(expected) || !Array.isArray(response) || expected.length === 0) return false;
    const given = new Map<string, string>();
    for (const pair of response) {
      const [left, right] = pair;
      if (typeof left !== "string" || typeof right !== "string" || given.has(left.trim())) return false;
      given.set(left.trim(), right.trim());
    }
    return given.size === expected.length && expected.every(([left, right]) => given.get(left.trim()) === right.trim());
  }
  if (typeof expected !== "string" || typeof response !== "string") return false;
  switch (kind) {
    case "typed":
      return checkTypedAnswer(expected, response);
    case "true_false":
      return truthOf(response) === truthOf(expected);
    case "multiple_choice":
      return response.trim() !== "" && response.trim() === expected.trim();
    default:
      return false;
  }
}
