"use client";

import { useState, useTransition } from "react";
import { optimizeScheduleAction } from "@/lib/actions/optimizer-actions";
import type { OptimizeResult } from "@/lib/data/optimizer";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

export function OptimizePanel({ reviews, required, personalized }: { reviews: number; required: number; personalized: boolean }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<OptimizeResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const ready = reviews >= required;
  const run = () =>
    startTransition(async () => {
      const outcome = await optimizeScheduleAction();
      if (outcome.ok) {
        setResult(outcome.result);
        setMessage(null);
      } else setMessage(outcome.message);
    });
  const improved = result && result.after.logLoss <= result.before.logLoss;
  return (
    <div className="space-y-3 text-sm text-stone-700">
      <p>
        {personalized ? "Your schedule uses parameters fitted to your own reviews." : "Your schedule uses FSRS's default parameters."} With enough history, fitting
        them to your own memory makes intervals more accurate. You have {reviews} reviews{ready ? "." : `; ${required} are needed.`}
      </p>
      <Button variant="secondary" disabled={!ready || pending} onClick={run}>
        {pending ? "Optimizing…" : "Optimize my schedule"}
      </Button>
      <FormMessage message={message} />
      {result && (
        <div role="status" className="rounded-lg bg-stone-50 p-4">
          <p className="font-medium">{improved ? "New parameters saved: they predict your reviews better." : "Your current parameters already fit best; nothing changed."}</p>
          <table className="mt-3 w-full text-left">
            <thead>
              <tr className="text-stone-500">
                <th className="font-normal">Fit on your {result.reviews} reviews</th>
                <th className="font-normal">Before</th>
                <th className="font-normal">After</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>Log loss (lower is better)</td>
                <td>{result.before.logLoss.toFixed(4)}</td>
                <td>{result.after.logLoss.toFixed(4)}</td>
              </tr>
              <tr>
                <td>RMSE (lower is better)</td>
                <td>{(result.before.rmse * 100).toFixed(2)}%</td>
                <td>{(result.after.rmse * 100).toFixed(2)}%</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
