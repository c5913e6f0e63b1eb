"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";

type Result = { ok: true } | { ok: false; message: string };

/** A button for an action that cannot be undone: a second, explicit click runs it; failures show beside it. */
export function ConfirmActionButton({
  label,
  ariaLabel,
  question,
  confirmLabel,
  variant = "secondary",
  action,
}: {
  label: string;
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  variant?: "secondary" | "danger" | "ghost";
  action: () => Promise<Result>;
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await action();
      setAsking(false);
      setMessage(result.ok ? null : result.message);
      router.refresh();
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {asking ? (
        <>
          <span className="text-sm text-stone-700">{question}</span>
          <Button size="sm" variant={variant === "ghost" ? "secondary" : variant} disabled={pending} onClick={confirm}>
            {pending ? "Working…" : confirmLabel}
          </Button>
          <Button size="sm" variant="ghost" disabled={pending} onClick={() => setAsking(false)}>
            Cancel
          </Button>
        </>
      ) : (
        <Button size="sm" variant={variant} aria-label={ariaLabel} onClick={() => {
            setMessage(null);
            setAsking(true);
          }}>
          {label}
        </Button>
      )}
      <span role="alert" aria-live="polite" className="text-sm text-red-700">
        {message ?? ""}
      </span>
    </span>
  );
}
