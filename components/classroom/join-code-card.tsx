"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** The class code, big enough to read off a projector, and a link students can open directly. */
export function JoinCodeCard({ code, joinUrl, children }: { code: string; joinUrl: string; children?: ReactNode }) {
  const [copied, setCopied] = useState<string | null>(null);
  async function copy(what: "code" | "link") {
    try {
      await navigator.clipboard.writeText(what === "code" ? code : joinUrl);
      setCopied(what === "code" ? "Code copied." : "Link copied.");
    } catch {
      setCopied("Copying is blocked here; select the text and copy it instead.");
    }
  }
  return (
    <div className="space-y-4">
      <div>
        <p id="join-code-label" className="text-sm text-stone-600">
          Join code
        </p>
        <p aria-labelledby="join-code-label" className="select-all font-mono text-4xl font-semibold tracking-[0.2em] text-stone-900 sm:text-5xl" data-testid="join-code">
          {code}
        </p>
      </div>
      <div>
        <label htmlFor="join-link" className="mb-1 block text-sm text-stone-600">
          Join link
        </label>
        <input id="join-link" readOnly value={joinUrl} onFocus={(event) => event.currentTarget.select()} className="block w-full rounded-lg border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-sm text-stone-800" />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" onClick={() => copy("code")}>
          Copy code
        </Button>
        <Button variant="secondary" size="sm" onClick={() => copy("link")}>
          Copy link
        </Button>
        {children}
      </div>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-brand-800">
        {copied ?? ""}
      </p>
    </div>
  );
}
