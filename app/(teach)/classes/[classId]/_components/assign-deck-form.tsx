"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { assignDeckAction } from "@/lib/actions/class-actions";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";

type DeckOption = { id: string; title: string; own: boolean; cardCount: number };

export function AssignDeckForm({ classId, decks, today }: { classId: string; decks: DeckOption[]; today: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(assignDeckAction.bind(null, classId), null);
  useEffect(() => {
    if (state?.ok) {
      formRef.current?.reset();
      router.refresh();
    }
  }, [state, router]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const own = decks.filter((deck) => deck.own);
  const published = decks.filter((deck) => !deck.own);
  const option = (deck: DeckOption) => (
    <option key={deck.id} value={deck.id}>
      {deck.title} ({deck.cardCount} cards)
    </option>
  );
  return (
    <form ref={formRef} action={formAction} className="space-y-2" noValidate>
      <SelectField label="Deck" name="deckId" required defaultValue="" errors={errors.deckId}>
        <option value="" disabled>
          Choose a deck…
        </option>
        {own.length > 0 && <optgroup label="Your decks">{own.map(option)}</optgroup>}
        {published.length > 0 && <optgroup label="Published decks">{published.map(option)}</optgroup>}
      </SelectField>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField label="Due date" name="dueDate" type="date" required min={today} errors={errors.dueDate} hint="Due by the end of that day." />
        <TextField
          label="Target recall (optional, %)"
          name="targetRecall"
          type="number"
          inputMode="numeric"
          min={50}
          max={99}
          step={1}
          placeholder="e.g. 85"
          errors={errors.targetRecall}
          hint="Predicted recall on the due date you aim for."
        />
      </div>
      <SelectField label="Attach a quiz (optional)" name="quizSize" defaultValue="" errors={errors.quizSize}>
        <option value="">No quiz</option>
        {[5, 10, 15, 20].map((size) => (
          <option key={size} value={size}>
            {size} questions
          </option>
        ))}
      </SelectField>
      <FormMessage tone={state?.ok ? "success" : "error"} message={state ? (state.ok ? "Assigned: it is in every student's studies now." : state.fieldErrors ? null : state.message) : null} />
      <Button type="submit" disabled={pending || decks.length === 0}>
        {pending ? "Assigning…" : "Assign deck"}
      </Button>
    </form>
  );
}
