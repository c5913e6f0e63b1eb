"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { deleteAccountAction } from "@/lib/actions/settings-actions";
import type { ActionFailure } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { DELETE_CONFIRMATION } from "@/lib/validation/settings";

export function DeleteAccountForm() {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);
  const [typed, setTyped] = useState("");

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const outcome = await deleteAccountAction(null, new FormData(event.currentTarget));
    if (!outcome.ok) {
      setFailure(outcome);
      setPending(false);
      return;
    }
    await signOut({ callbackUrl: "/" });
  }

  const confirmed = typed.trim().toLowerCase() === DELETE_CONFIRMATION;
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <TextField
        label={`Type "${DELETE_CONFIRMATION}" to confirm`}
        name="confirmation"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setFailure(null);
        }}
        errors={failure?.fieldErrors?.confirmation}
      />
      <FormMessage message={failure && !failure.fieldErrors ? failure.message : null} />
      <Button type="submit" variant="danger" disabled={pending || !confirmed}>
        {pending ? "Deleting your account…" : "Delete my account"}
      </Button>
    </form>
  );
}
