import { z } from "zod";
import { isValidTimeZone } from "@/lib/srs/study-day";

export const DELETE_CONFIRMATION = "delete my account";

// Form fields arrive as strings; an empty one must read as missing, not as the number 0.
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function wholeNumber(what: string, min: number, max: number) {
  return z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `Enter ${what}.` })
      .int(`Use a whole number for ${what}.`)
      .min(min, `Use at least ${min} for ${what}.`)
      .max(max, `Use at most ${max} for ${what}.`),
  );
}

export const SettingsInput = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  timeZone: z
    .string({ error: "Choose your time zone." })
    .trim()
    .min(1, "Choose your time zone.")
    .refine(isValidTimeZone, "Choose a time zone from the list, such as Europe/Paris."),
  rolloverHour: wholeNumber("the hour your study day starts", 0, 23),
  desiredRetention: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Choose how much you want to remember." })
      .min(0.7, "Aim to remember at least 70%.")
      .max(0.97, "Aim to remember at most 97%; above that, reviews pile up for little gain."),
  ),
  newCardsPerDay: wholeNumber("new cards per day", 0, 500),
  maxReviewsPerDay: wholeNumber("maximum reviews per day", 1, 5000),
});
export type SettingsInput = z.infer<typeof SettingsInput>;

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200, "Use at most 200 characters."),
    newPassword: z.string({ error: "Choose a new password." }).min(1, "Choose a new password.").max(200, "Use at most 200 characters."),
    confirm: z.string({ error: "Type the new password again." }).min(1, "Type the new password again."),
  })
  .refine((value) => value.confirm === value.newPassword, { path: ["confirm"], message: "The two new passwords do not match." })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ["newPassword"], message: "Choose a password different from your current one." });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const DeleteAccountInput = z.object({
  // Case and stray spaces are forgiven (phones capitalise the first letter); the words are not.
  confirmation: z
    .string({ error: `Type "${DELETE_CONFIRMATION}" to confirm.` })
    .trim()
    .toLowerCase()
    .refine((value) => value === DELETE_CONFIRMATION, `Type "${DELETE_CONFIRMATION}" exactly to confirm.`),
});
export type DeleteAccountInput = z.infer<typeof DeleteAccountInput>;
