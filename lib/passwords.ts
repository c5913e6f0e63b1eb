import bcrypt from "bcryptjs";
import { COMMON_PASSWORDS } from "@/lib/common-passwords";

// Cost 12: about a quarter of a second per hash here, slow enough to blunt offline guessing.
const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A sentence saying why a new password is refused, or null when it is acceptable. */
export function describePasswordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < 8) return "Use at least 8 characters.";
  if (password.length > 200) return "Use at most 200 characters.";
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return "This password is one of the most common ones and easy to guess. Choose another.";
  if (/^(.)\1+$/.test(password)) return "A password of one repeated character is easy to guess. Choose another.";
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lowered.includes(local)) return "Your password should not contain your email address.";
  return null;
}
