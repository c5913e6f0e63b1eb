import { z } from "zod";
import { isValidDateKey } from "@/lib/classroom/due-date";

export const ClassNameInput = z
  .string({ error: "Enter a name for the class." })
  .trim()
  .min(1, "Enter a name for the class.")
  .max(100, "Keep the name under 100 characters.");

export const JoinCodeInput = z
  .string({ error: "Enter the code your teacher gave you." })
  .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
  .pipe(
    z
      .string()
      .min(1, "Enter the code your teacher gave you.")
      .min(6, "Join codes are 6 to 10 letters and digits.")
      .max(10, "Join codes are 6 to 10 letters and digits.")
      .regex(/^[A-Z0-9]+$/, "Join codes have only letters and digits."),
  );

// Form fields arrive as strings; an empty one must read as missing, not as the number 0.
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

// The earliest "today" anywhere on Earth (UTC-12): the action checks again in the teacher's own time zone.
function earliestTodayKey(): string {
  return new Date(Date.now() - 12 * 3_600_000).toISOString().slice(0, 10);
}

export const AssignmentInput = z.object({
  deckId: z.string({ error: "Choose a deck." }).trim().min(1, "Choose a deck.").max(100, "Choose a deck from the list."),
  dueDate: z
    .string({ error: "Choose a due date." })
    .trim()
    .min(1, "Choose a due date.")
    .refine(isValidDateKey, "Use a date like 2026-12-01.")
    .refine((value) => value >= earliestTodayKey(), "The due date cannot be in the past."),
  targetRecall: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Enter the target recall as a percentage." })
      .int("Use a whole percentage for the target recall.")
      .min(50, "Use a target recall of at least 50%.")
      .max(99, "Use a target recall of at most 99%.")
      .optional(),
  ),
  quizSize: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Choose how many quiz questions to attach." })
      .int("Choose a whole number of questions.")
      .min(5, "Attach at least 5 questions, or none.")
      .max(30, "Attach at most 30 questions.")
      .optional(),
  ),
});
export type AssignmentInput = z.infer<typeof AssignmentInput>;
