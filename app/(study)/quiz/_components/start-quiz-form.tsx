"use client";

import { useActionState } from "react";
import { startQuizAction } from "@/lib/actions/quiz-actions";
import type { ActionResult } from "@/lib/actions/result";
import { QUIZ_SIZE } from "@/lib/validation/quiz";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField } from "@/components/ui/field";

export type QuizDeckOption = { deckId: string; title: string; questionCount: number };

const SIZES = Array.from({ length: (QUIZ_SIZE.max - QUIZ_SIZE.min) / 5 + 1 }, (_, index) => QUIZ_SIZE.min + index * 5);

export function StartQuizForm({ decks, defaultDeckId }: { decks: QuizDeckOption[]; defaultDeckId?: string }) {
  const [result, formAction, pending] = useActionState<ActionResult | null, FormData>(startQuizAction, null);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const withQuestions = decks.filter((deck) => deck.questionCount > 0);
  const initialDeck = withQuestions.some((deck) => deck.deckId === defaultDeckId) ? defaultDeckId : withQuestions[0]?.deckId;
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <SelectField label="Deck" name="deckId" defaultValue={initialDeck} errors={errors.deckId} required>
        {decks.map((deck) => (
          <option key={deck.deckId} value={deck.deckId} disabled={deck.questionCount === 0}>
            {deck.title} ({deck.questionCount === 0 ? "no questions yet" : `${deck.questionCount} question${deck.questionCount === 1 ? "" : "s"}`})
          </option>
        ))}
      </SelectField>
      <SelectField label="Number of questions" name="size" defaultValue={String(QUIZ_SIZE.default)} errors={errors.size}>
        {SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </SelectField>
      <p className="text-xs text-stone-500">A deck with fewer questions asks all it has.</p>
      <FormMessage message={result && !result.ok && !result.fieldErrors ? result.message : null} />
      <Button type="submit" disabled={pending || withQuestions.length === 0}>
        {pending ? "Starting…" : "Start quiz"}
      </Button>
    </form>
  );
}

/** One button that starts the quiz a teacher attached to an assignment (its size is theirs). */
export function StartAssignedQuizForm({ deckId, assignmentId, label }: { deckId: string; assignmentId: string; label: string }) {
  const [result, formAction, pending] = useActionState<ActionResult | null, FormData>(startQuizAction, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="deckId" value={deckId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Button type="submit" size="sm" disabled={pending} aria-label={label}>
        {pending ? "Starting…" : "Start"}
      </Button>
      {result && !result.ok && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {result.message}
        </p>
      )}
    </form>
  );
}
