"use server";

import { failureFrom, invalidInput, type ActionResult } from "@/lib/actions/result";
import { createUser } from "@/lib/data/users";
import { SignUpInput } from "@/lib/validation/user";

export async function signUpAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ email: string }>> {
  const parsed = SignUpInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await createUser(parsed.data);
    return { ok: true, email: parsed.data.email };
  } catch (error) {
    return failureFrom(error);
  }
}
