"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ReviewCard } from "@/lib/data/reviews";

type Grade = 1 | 2 | 3 | 4;

export type SessionCard = Omit<ReviewCard, "state">;

type QueueResponse = { cards: SessionCard[]; counts: { learning: number; review: number; new: number }; nextLearningDue: string | null };
type SaveState = "saving" | "retrying" | "saved" | "failed" | "conflict";
type Graded = { card: SessionCard; reviewId: string; grade: Grade; durationMs: number; save: Promise<number | null> };

const GRADES: { grade: Grade; label: string; tone: string }[] = [
  { grade: 1, label: "Again", tone: "border-red-200 bg-red-50 text-red-800 hover:bg-red-100" },
  { grade: 2, label: "Hard", tone: "border-amber-200 bg-amber-50 text-amber-900 hover:bg-amber-100" },
  { grade: 3, label: "Good", tone: "border-brand-200 bg-brand-50 text-brand-900 hover:bg-brand-100" },
  { grade: 4, label: "Easy", tone: "border-sky-200 bg-sky-50 text-sky-900 hover:bg-sky-100" },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s`;
}

export function ReviewSession({ deckId, deckTitle, initial }: { deckId: string | null; deckTitle: string | null; initial: QueueResponse }) {
  const [queue, setQueue] = useState<SessionCard[]>(initial.cards);
  const [revealed, setRevealed] = useState(false);
  const [showSource, setShowSource] = useState(false);
  const [graded, setGraded] = useState<Graded[]>([]);
  const [saves, setSaves] = useState<Record<string, SaveState>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [nextLearningDue, setNextLearningDue] = useState<string | null>(initial.nextLearningDue);
  const [loading, setLoading] = useState(false);
  const shownAt = useRef(0);
  const retryers = useRef(new Map<string, () => void>());

  const current = queue[0] ?? null;
  const currentId = current?.cardId;
  // The time on a card counts from when it is shown.
  useEffect(() => {
    shownAt.current = Date.now();
  }, [currentId]);
  const reviewed = graded.length;
  const remaining = queue.length;
  const passed = graded.filter((entry) => entry.grade > 1).length;
  const pendingCount = Object.values(saves).filter((state) => state === "saving" || state === "retrying").length;
  const failedCount = Object.values(saves).filter((state) => state === "failed").length;

  const queueUrl = useMemo(() => `/api/review/queue?limit=100${deckId ? `&deck=${encodeURIComponent(deckId)}` : ""}`, [deckId]);

  const refill = useCallback(async () => {
    setLoading(true);
    try {
      const response = await fetch(queueUrl, { cache: "no-store" });
      if (response.ok) {
        const data = (await response.json()) as QueueResponse;
        setQueue(data.cards);
        setNextLearningDue(data.nextLearningDue);
      }
    } finally {
      setLoading(false);
    }
  }, [queueUrl]);

  /** Saves one grade, retrying network and server failures; the learner keeps going meanwhile. */
  const save = useCallback((card: SessionCard, grade: Grade, reviewId: string, durationMs: number): Promise<number | null> => {
    const body = JSON.stringify({ cardId: card.cardId, grade, reviewId, version: card.version, durationMs });
    const attempt = async (): Promise<number | null> => {
      for (let tryNumber = 0; tryNumber < 6; tryNumber++) {
        setSaves((s) => ({ ...s, [reviewId]: tryNumber === 0 ? "saving" : "retrying" }));
        try {
          const response = await fetch("/api/review", { method: "POST", headers: { "Content-Type": "application/json" }, body });
          if (response.ok) {
            const outcome = (await response.json()) as { version: number; leech: boolean };
            setSaves((s) => ({ ...s, [reviewId]: "saved" }));
            if (outcome.leech) {
              setNotice(`“${card.front}” has been forgotten 8 times, so it is suspended. Rewrite it or unsuspend it from My decks.`);
            }
            return outcome.version;
          }
          if (response.status === 409) {
            setSaves((s) => ({ ...s, [reviewId]: "conflict" }));
            setNotice("That card was already graded in another tab or device, so this grade was not recorded.");
            return null;
          }
          if (response.status < 500 && response.status !== 429) {
            const data = (await response.json().catch(() => ({}))) as { error?: string };
            setSaves((s) => ({ ...s, [reviewId]: "failed" }));
            setNotice(data.error ?? "That grade could not be saved.");
            return null;
          }
        } catch {
          /* offline or the server went away: retry */
        }
        await sleep(Math.min(8000, 500 * 2 ** tryNumber));
      }
      setSaves((s) => ({ ...s, [reviewId]: "failed" }));
      return new Promise<number | null>((resolve) => {
        retryers.current.set(reviewId, () => {
          retryers.current.delete(reviewId);
          void attempt().then(resolve);
        });
      });
    };
    return attempt();
  }, []);

  const grade = useCallback(
    (value: Grade) => {
      if (!current || !revealed) return;
      const reviewId = crypto.randomUUID();
      const durationMs = Math.min(Date.now() - shownAt.current, 600_000);
      const entry: Graded = { card: current, reviewId, grade: value, durationMs, save: save(current, value, reviewId, durationMs) };
      setGraded((list) => [...list, entry]);
      setQueue((list) => list.slice(1));
      setRevealed(false);
      setShowSource(false);
      setNotice(null);
    },
    [current, revealed, save],
  );

  const undo = useCallback(async () => {
    const last = graded[graded.length - 1];
    if (!last) return;
    setGraded((list) => list.slice(0, -1));
    const savedVersion = await last.save;
    if (savedVersion === null) {
      setQueue((list) => [last.card, ...list]);
      return;
    }
    const response = await fetch("/api/review/undo", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ reviewId: last.reviewId }) });
    if (!response.ok) {
      const data = (await response.json().catch(() => ({}))) as { error?: string };
      setNotice(data.error ?? "That grade could not be undone.");
      setGraded((list) => [...list, last]);
      return;
    }
    const restored = (await response.json()) as { version: number };
    setSaves((s) => {
      const next = { ...s };
      delete next[last.reviewId];
      return next;
    });
    setQueue((list) => [{ ...last.card, version: restored.version }, ...list.filter((card) => card.cardId !== last.card.cardId)]);
    setRevealed(false);
    setNotice("Undone: the card is back as it was.");
  }, [graded]);

  const hold = useCallback(
    async (action: "suspend" | "bury") => {
      if (!current) return;
      const response = await fetch("/api/review/hold", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ cardId: current.cardId, action }) });
      if (!response.ok) {
        setNotice("That did not work; please try again.");
        return;
      }
      setQueue((list) => list.slice(1));
      setRevealed(false);
      setNotice(action === "suspend" ? "Card suspended: it will not come back until you unsuspend it." : "Card buried until tomorrow.");
    },
    [current],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable)) return;
      if ((event.key === "z" || event.key === "Z") && !event.altKey) {
        event.preventDefault();
        void undo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (!current) return;
      if (!revealed && (event.key === " " || event.key === "Enter")) {
        event.preventDefault();
        setRevealed(true);
      } else if (revealed && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        grade(Number(event.key) as Grade);
      } else if (revealed && (event.key === " " || event.key === "Enter") && !(target instanceof HTMLButtonElement)) {
        event.preventDefault();
        grade(3);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, revealed, grade, undo]);

  // When the local queue runs dry, wait for the saves and ask the server: learning cards may be due again.
  useEffect(() => {
    if (queue.length > 0 || reviewed === 0) return;
    let cancelled = false;
    void Promise.all(graded.map((entry) => entry.save)).then(() => {
      if (!cancelled) void refill();
    });
    return () => {
      cancelled = true;
    };
  }, [queue.length, reviewed, graded, refill]);

  const status =
    failedCount > 0 ? (
      <span className="text-red-700">
        {failedCount} grade{failedCount > 1 ? "s" : ""} not saved.{" "}
        <button type="button" className="font-medium underline" onClick={() => retryers.current.forEach((retry) => retry())}>
          Retry now
        </button>
      </span>
    ) : pendingCount > 0 ? (
      Object.values(saves).includes("retrying") ? <span className="text-amber-700">Connection trouble: retrying…</span> : <span>Saving…</span>
    ) : reviewed > 0 ? (
      <span className="text-brand-700">All grades saved</span>
    ) : null;

  const total = reviewed + remaining;
  return (
    <div className="mx-auto max-w-2xl">
      <div className="mb-4 flex items-center justify-between gap-4 text-sm text-stone-600">
        <span>{deckTitle ?? "All decks"}</span>
        <span aria-live="polite">
          {remaining} left · {reviewed} done
        </span>
      </div>
      <ProgressBar value={reviewed} max={Math.max(total, 1)} label="Session progress" />
      <div className="mt-2 flex min-h-5 items-center justify-between text-xs text-stone-500" aria-live="polite">
        <span>{status}</span>
        {graded.length > 0 && (
          <button type="button" onClick={() => void undo()} className="underline hover:text-stone-800" aria-keyshortcuts="Z Control+Z">
            Undo last grade (Z)
          </button>
        )}
      </div>
      {notice && (
        <p role="status" className="mt-3 rounded-lg bg-stone-100 px-3 py-2 text-sm text-stone-700">
          {notice}
        </p>
      )}

      {current ? (
        <article aria-label="Flashcard" className="mt-6 rounded-2xl border border-stone-200 bg-white shadow-sm">
          <div className="flex items-center justify-between border-b border-stone-100 px-6 py-3 text-xs text-stone-500">
            <span>{current.source.section}</span>
            <span className="rounded-full bg-stone-100 px-2 py-0.5 capitalize">{current.queue}</span>
          </div>
          <div className="px-6 py-8">
            <p className="text-xl font-medium leading-relaxed text-stone-900" data-testid="card-front">
              {current.front}
            </p>
            {revealed && (
              <div className="mt-6 border-t border-dashed border-stone-200 pt-6">
                <p className="text-lg leading-relaxed text-stone-800" data-testid="card-back">
                  {current.back}
                </p>
                <button type="button" className="mt-4 text-sm font-medium text-brand-700 underline" onClick={() => setShowSource((v) => !v)} aria-expanded={showSource}>
                  {showSource ? "Hide context" : "Read in context"}
                </button>
                {showSource && (
                  <div className="mt-3 rounded-lg bg-stone-50 p-4 text-sm text-stone-700">
                    <p className="text-xs font-medium uppercase tracking-wide text-stone-500">{current.source.section}</p>
                    <blockquote className="mt-2 border-l-4 border-brand-200 pl-3">{current.source.excerpt}</blockquote>
                    <Link href={`/cards/${current.cardId}/source`} target="_blank" className="mt-3 inline-block font-medium text-brand-700 underline">
                      Open the whole document
                    </Link>
                  </div>
                )}
              </div>
            )}
          </div>
          <div className="border-t border-stone-100 px-6 py-4">
            {!revealed ? (
              <Button size="lg" className="w-full" onClick={() => setRevealed(true)} aria-keyshortcuts="Space Enter">
                Show answer <kbd className="ml-2 rounded bg-white/20 px-1.5 text-xs">Space</kbd>
              </Button>
            ) : (
              <div className="grid grid-cols-4 gap-2">
                {GRADES.map(({ grade: value, label, tone }) => (
                  <button
                    key={value}
                    type="button"
                    onClick={() => grade(value)}
                    aria-label={`${label}, next review in ${current.intervals[value]}`}
                    aria-keyshortcuts={String(value)}
                    className={`rounded-xl border px-2 py-3 text-center transition-colors ${tone}`}
                  >
                    <span className="block font-semibold">{label}</span>
                    <span className="block text-xs opacity-80">
                      {current.intervals[value]} · {value}
                    </span>
                  </button>
                ))}
              </div>
            )}
            <div className="mt-3 flex justify-end gap-3 text-xs text-stone-500">
              <button type="button" className="underline hover:text-stone-800" onClick={() => void hold("bury")}>
                Bury until tomorrow
              </button>
              <button type="button" className="underline hover:text-stone-800" onClick={() => void hold("suspend")}>
                Suspend card
              </button>
            </div>
          </div>
        </article>
      ) : loading ? (
        <p className="mt-10 text-center text-stone-600">Loading…</p>
      ) : (
        <section aria-label="Session summary" className="mt-8 rounded-2xl border border-stone-200 bg-white p-8 text-center shadow-sm">
          {reviewed > 0 ? (
            <>
              <h2 className="text-2xl font-semibold text-stone-900">Session complete</h2>
              <dl className="mx-auto mt-6 grid max-w-md grid-cols-3 gap-4">
                <div>
                  <dt className="text-sm text-stone-500">Cards reviewed</dt>
                  <dd className="text-2xl font-semibold">{reviewed}</dd>
                </div>
                <div>
                  <dt className="text-sm text-stone-500">Time</dt>
                  <dd className="text-2xl font-semibold">{formatDuration(graded.reduce((sum, entry) => sum + entry.durationMs, 0))}</dd>
                </div>
                <div>
                  <dt className="text-sm text-stone-500">Retention today</dt>
                  <dd className="text-2xl font-semibold">{Math.round((passed / reviewed) * 100)}%</dd>
                </div>
              </dl>
            </>
          ) : (
            <h2 className="text-2xl font-semibold text-stone-900">Nothing is due right now</h2>
          )}
          {reviewed === 0 && !nextLearningDue && (
            <p className="mt-2 text-stone-600">
              New to Groundwork? <Link href="/library" className="font-medium text-brand-700 underline">Add a deck from the library</Link> and its cards appear here.
            </p>
          )}
          <p className="mt-4 text-stone-600">
            {nextLearningDue
              ? `Cards you are still learning come back at ${new Date(nextLearningDue).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.`
              : "Come back tomorrow: your next reviews will be waiting."}
          </p>
          <div className="mt-6 flex justify-center gap-3">
            {nextLearningDue && (
              <Button variant="secondary" onClick={() => void refill()}>
                Check again
              </Button>
            )}
            <ButtonLink href="/today">Back to today</ButtonLink>
          </div>
        </section>
      )}
      <p className="mt-6 text-center text-xs text-stone-500">
        Keys: <kbd>Space</kbd> show answer · <kbd>1</kbd>–<kbd>4</kbd> grade · <kbd>Z</kbd> undo
      </p>
    </div>
  );
}
