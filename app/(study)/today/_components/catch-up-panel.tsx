"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setCatchUpCapAction } from "@/lib/actions/settings-actions";

const CAPS = [50, 100, 200, 300, 500];

export function CatchUpPanel({ overdue, dailyCap, days, clearedOn }: { overdue: number; dailyCap: number; days: number; clearedOn: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const caps = CAPS.includes(dailyCap) ? CAPS : [...CAPS, dailyCap].sort((a, b) => a - b);
  return (
    <section aria-label="Catch-up plan" className="rounded-2xl border border-amber-200 bg-amber-50 p-5 text-amber-950">
      <h2 className="font-semibold">Welcome back: {overdue} reviews piled up</h2>
      <p className="mt-1 text-sm">
        No need to do them all at once. Each day you get the cards you are closest to forgetting first, {dailyCap} at most, and the backlog is
        cleared in {days} days, by {new Date(clearedOn).toLocaleDateString([], { weekday: "long", day: "numeric", month: "long" })}.
      </p>
      <label className="mt-3 flex items-center gap-2 text-sm">
        Reviews per day
        <select
          className="rounded-md border border-amber-300 bg-white px-2 py-1"
          value={dailyCap}
          disabled={pending}
          onChange={(event) =>
            startTransition(async () => {
              await setCatchUpCapAction(Number(event.target.value));
              router.refresh();
            })
          }
        >
          {caps.map((cap) => (
            <option key={cap} value={cap}>
              {cap}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
