import { z } from "zod";
import { AppError, ConflictError, InvalidInputError } from "@/lib/data/errors";

export type ActionFailure = { ok: false; message: string; fieldErrors?: Record<string, string[]> };
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export function invalidInput(error: z.ZodError, message = "Please correct the highlighted fields."): ActionFailure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message, fieldErrors };
}

/** Known data-layer errors become a message for the person; anything else is logged and stays vague. */
export function failureFrom(error: unknown): ActionFailure {
  if (error instanceof InvalidInputError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof ConflictError) {
    const fieldErrors = error.details && typeof error.details === "object" ? (error.details as Record<string, string[]>) : undefined;
    return { ok: false, message: error.message, fieldErrors };
  }
  if (error instanceof AppError) return { ok: false, message: error.message };
  console.error(error);
  return { ok: false, message: "Something went wrong on our side. Your data is unchanged; please try again." };
}
