"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signUpAction } from "@/lib/actions/user-actions";
import type { ActionFailure } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone);
    setPending(true);
    const result = await signUpAction(null, form);
    if (!result.ok) {
      setFailure(result);
      setPending(false);
      return;
    }
    const signedIn = await signIn("credentials", { email: result.email, password: String(form.get("password")), redirect: false });
    setPending(false);
    if (signedIn?.ok) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      router.replace("/sign-in");
    }
  }

  const errors = failure?.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <TextField label="Name" name="name" autoComplete="name" required errors={errors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required errors={errors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        errors={errors.password}
        hint="At least 8 characters. Common passwords are refused."
      />
      <fieldset className="pb-3">
        <legend className="mb-2 text-sm font-medium text-stone-800">I am joining as</legend>
        <div className="grid grid-cols-2 gap-2">
          <label className="flex cursor-pointer items-center gap-2 rounded-lg border border-stone-300 px-3 py-2 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
            <input type="radio" name="role" value="LEARNER" defaultChecked /> A learner
          </label>
          <label className="flex cursor-pointer items-center gap-2 rounded-lg border border-stone-300 px-3 py-2 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
            <input type="radio" name="role" value="TEACHER" /> A teacher
          </label>
        </div>
        {errors.role && <p className="mt-1 text-sm text-red-700">{errors.role[0]}</p>}
      </fieldset>
      <FormMessage message={failure && !failure.fieldErrors ? failure.message : null} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
