import { z } from "zod";

export const EmailInput = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const SignUpInput = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: EmailInput,
  password: z.string({ error: "Choose a password." }).min(1, "Choose a password."),
  role: z.enum(["LEARNER", "TEACHER"], { error: "Choose whether you are a learner or a teacher." }),
  timeZone: z.string().max(64).optional(),
});
export type SignUpInput = z.infer<typeof SignUpInput>;

export const SignInInput = z.object({
  email: EmailInput,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
});
