"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";

type LeechItem = { cardId: string; deckTitle: string; front: string; back: string; lapses: number; canEdit: boolean; documentId: string };

export function LeechList({ items }: { items: LeechItem[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const unsuspend = (cardId: string) =>
    startTransition(async () => {
      const response = await fetch("/api/review/hold", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ cardId, action: "unsuspend" }) });
      setMessage(response.ok ? "Back in your reviews." : "That did not work; please try again.");
      router.refresh();
    });
  return (
    <div>
      <p role="status" className="mb-2 min-h-5 text-sm text-stone-600">
        {message}
      </p>
      <ul className="divide-y divide-stone-100">
        {items.map((item) => (
          <li key={item.cardId} className="flex flex-wrap items-start gap-4 py-3">
            <div className="min-w-0 flex-1">
              <p className="font-medium text-stone-900">{item.front}</p>
              <p className="text-sm text-stone-600">{item.back}</p>
              <p className="mt-1 text-xs text-stone-500">
                {item.deckTitle} · forgotten {item.lapses} times
              </p>
            </div>
            {item.canEdit && (
              <Link href={`/documents/${item.documentId}`} className="text-sm font-medium text-brand-700 underline">
                Rewrite
              </Link>
            )}
            <Button size="sm" variant="secondary" disabled={pending} onClick={() => unsuspend(item.cardId)} aria-label={`Unsuspend “${item.front}”`}>
              Unsuspend
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
