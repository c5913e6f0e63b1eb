"use client";

import { signIn, signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { changePasswordAction } from "@/lib/actions/settings-actions";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";

export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const outcome = await changePasswordAction(null, form);
    if (!outcome.ok) {
      setResult(outcome);
      setPending(false);
      return;
    }
    // The change ended every session, this one too; signing in again keeps only this browser signed in.
    const signedIn = await signIn("credentials", { email, password: String(form.get("newPassword")), redirect: false });
    if (!signedIn?.ok) {
      await signOut({ callbackUrl: "/sign-in" });
      return;
    }
    formRef.current?.reset();
    setResult(outcome);
    setPending(false);
    router.refresh();
  }

  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const message = result ? (result.ok ? "Saved. Your password is changed and your other devices are signed out." : result.fieldErrors ? null : result.message) : null;

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        errors={errors.newPassword}
        hint="At least 8 characters. Common passwords are refused."
      />
      <TextField label="Confirm new password" name="confirm" type="password" autoComplete="new-password" required errors={errors.confirm} />
      <FormMessage message={message} tone={result?.ok ? "success" : "error"} />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing password…" : "Change password"}
      </Button>
    </form>
  );
}
