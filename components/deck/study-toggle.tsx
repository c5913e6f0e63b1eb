"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addDeckToStudiesAction, removeDeckFromStudiesAction } from "@/lib/actions/study-actions";
import { Button } from "@/components/ui/button";

export function StudyToggle({ deckId, deckTitle, inStudies }: { deckId: string; deckTitle: string; inStudies: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const toggle = () =>
    startTransition(async () => {
      const result = inStudies ? await removeDeckFromStudiesAction(deckId) : await addDeckToStudiesAction(deckId);
      setMessage(result.ok ? null : result.message);
      router.refresh();
    });
  return (
    <div>
      <Button
        variant={inStudies ? "secondary" : "primary"}
        size="sm"
        disabled={pending}
        onClick={toggle}
        aria-label={inStudies ? `Remove ${deckTitle} from my studies` : `Add ${deckTitle} to my studies`}
      >
        {pending ? "Saving…" : inStudies ? "Remove from my studies" : "Add to my studies"}
      </Button>
      <p role="alert" className="mt-1 text-sm text-red-700">
        {message}
      </p>
    </div>
  );
}
