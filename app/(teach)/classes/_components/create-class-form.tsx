"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { createClassAction } from "@/lib/actions/class-actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";

export function CreateClassForm() {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(createClassAction, null);
  useEffect(() => {
    if (state?.ok) router.push(`/classes/${state.classId}`);
  }, [state, router]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <TextField label="Class name" name="name" required maxLength={100} placeholder="e.g. Biology 7B" errors={errors.name} />
      <FormMessage message={state && !state.ok && !state.fieldErrors ? state.message : null} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create class"}
      </Button>
    </form>
  );
}
