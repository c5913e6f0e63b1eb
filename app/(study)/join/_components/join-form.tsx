"use client";

import { useActionState } from "react";
import { joinClassAction } from "@/lib/actions/class-actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";

export function JoinForm({ code }: { code: string }) {
  const [state, formAction, pending] = useActionState(joinClassAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <TextField
        label="Class code"
        name="code"
        required
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={16}
        defaultValue={code}
        placeholder="e.g. K7QM2XPA"
        className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 font-mono text-2xl uppercase tracking-[0.2em] text-stone-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 aria-[invalid=true]:border-red-500"
        errors={errors.code}
        hint="Your teacher's code: letters and digits, any case."
      />
      <FormMessage message={state && !state.ok && !state.fieldErrors ? state.message : null} />
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? "Joining…" : "Join class"}
      </Button>
    </form>
  );
}
