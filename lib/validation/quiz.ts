import { z } from "zod";

export const QUIZ_SIZE = { min: 5, max: 30, default: 10 } as const;

// Form fields arrive as strings; an empty one must read as missing, not as the number 0.
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const id = (missing: string) => z.string({ error: missing }).trim().min(1, missing).max(100, missing);

export const StartQuizInput = z.object({
  deckId: id("Choose a deck."),
  size: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Choose how many questions." })
      .int("Use a whole number of questions.")
      .min(QUIZ_SIZE.min, `Ask at least ${QUIZ_SIZE.min} questions.`)
      .max(QUIZ_SIZE.max, `Ask at most ${QUIZ_SIZE.max} questions.`)
      .default(QUIZ_SIZE.default),
  ),
  assignmentId: z.preprocess(blankToUndefined, id("That assignment does not exist.").optional()),
});
export type StartQuizInput = z.infer<typeof StartQuizInput>;

const text = z.string({ error: "Give an answer." }).max(1000, "Keep the answer under 1000 characters.");

export const AnswerInput = z.object({
  attemptId: id("That quiz does not exist."),
  quizItemId: id("That question does not exist."),
  response: z.union([text, z.array(z.tuple([text, text]), { error: "Match every term." }).max(50, "Too many pairs.")], { error: "Give an answer." }),
  durationMs: z.number().int().min(0).max(86_400_000).optional(),
});
export type AnswerInput = z.infer<typeof AnswerInput>;

export const OverruleInput = z.object({
  attemptId: id("That quiz does not exist."),
  quizItemId: id("That question does not exist."),
});
export type OverruleInput = z.infer<typeof OverruleInput>;

export const AttemptIdInput = id("That quiz does not exist.");
