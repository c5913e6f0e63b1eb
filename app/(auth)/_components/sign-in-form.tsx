"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";

export function SignInForm({ callbackUrl, oauth }: { callbackUrl: string; oauth: { github: boolean; google: boolean } }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setMessage(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => null);
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setMessage(result?.error && result.error !== "CredentialsSignin" ? result.error : "Sign-in failed. Please try again.");
  }

  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} className="space-y-2" noValidate>
        <TextField label="Email" name="email" type="email" autoComplete="email" required />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <FormMessage message={message} />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {(oauth.github || oauth.google) && (
        <div className="space-y-2 border-t border-stone-200 pt-4">
          {oauth.github && (
            <Button variant="secondary" className="w-full" onClick={() => signIn("github", { callbackUrl })}>
              Continue with GitHub
            </Button>
          )}
          {oauth.google && (
            <Button variant="secondary" className="w-full" onClick={() => signIn("google", { callbackUrl })}>
              Continue with Google
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
