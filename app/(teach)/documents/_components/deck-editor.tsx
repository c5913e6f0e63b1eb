"use client";

import { useRouter } from "next/navigation";
import { useActionState, useState, useTransition } from "react";
import { addCardAction, removeCardAction, removeQuizItemAction, replaceDocumentAction, setPublishedAction, updateCardAction } from "@/lib/actions/document-actions";
import { Button } from "@/components/ui/button";
import { FieldError, FormMessage, TextArea, TextField } from "@/components/ui/field";

type Card = { id: string; kind: string; front: string; back: string; section: string; edited: boolean };
type QuizItem = { id: string; kind: string; prompt: string; answer: string };

export function DeckEditor({ documentId, deckId, published, cards, quiz }: { documentId: string; deckId: string; published: boolean; cards: Card[]; quiz: QuizItem[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    startTransition(async () => {
      const result = await fn();
      setMessage(result.ok ? null : (result.message ?? "That did not work."));
      router.refresh();
    });
  const replace = replaceDocumentAction.bind(null, documentId);
  const [replaceState, replaceFormAction, replacing] = useActionState(replace, null);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
        <p className="flex-1 text-sm text-stone-700">{published ? "Published: learners can find this deck in the library." : "Draft: only you can see this deck."}</p>
        <Button variant={published ? "secondary" : "primary"} disabled={pending} onClick={() => run(() => setPublishedAction(deckId, documentId, !published))}>
          {published ? "Unpublish" : "Publish deck"}
        </Button>
      </div>
      <FormMessage message={message} />
      <section aria-label="Cards">
        <h2 className="mb-3 text-lg font-semibold">Cards</h2>
        <ol className="space-y-3">
          {cards.map((card, index) => (
            <CardRow key={card.id} card={card} index={index} pending={pending} onSave={(text) => run(() => updateCardAction(card.id, documentId, text))} onDelete={() => run(() => removeCardAction(card.id, documentId))} />
          ))}
        </ol>
        <AddCard onAdd={(text) => run(() => addCardAction(deckId, documentId, text))} pending={pending} />
      </section>
      <section aria-label="Quiz questions">
        <h2 className="mb-3 text-lg font-semibold">Quiz questions</h2>
        <ol className="space-y-2">
          {quiz.map((item, index) => (
            <li key={item.id} className="flex items-start justify-between gap-4 rounded-xl border border-stone-200 bg-white p-3 text-sm">
              <div>
                <span className="text-xs text-stone-500">{item.kind.toLowerCase().replaceAll("_", " ")}</span>
                <p className="font-medium">{item.prompt}</p>
                <p className="text-stone-600">Answer: {item.answer}</p>
              </div>
              <button type="button" className="text-red-700 underline" disabled={pending} onClick={() => run(() => removeQuizItemAction(item.id, documentId))} aria-label={`Delete question ${index + 1}`}>
                Delete
              </button>
            </li>
          ))}
        </ol>
      </section>
      <section aria-label="Replace document" className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">Upload a new version</h2>
        <p className="mt-1 text-sm text-stone-600">Cards from passages that did not change keep every learner&apos;s progress; cards whose passage is gone are retired; new passages add cards.</p>
        <form action={replaceFormAction} className="mt-4 space-y-3">
          <div>
            <label htmlFor="replace-file" className="mb-1 block text-sm font-medium">
              New version (.md or .txt)
            </label>
            <input id="replace-file" name="file" type="file" accept=".md,.markdown,.txt" aria-describedby="replace-file-error" className="block text-sm" />
            <FieldError id="replace-file-error" errors={replaceState && !replaceState.ok ? replaceState.fieldErrors?.file : undefined} />
          </div>
          <TextArea label="…or paste the new text" name="text" rows={5} errors={replaceState && !replaceState.ok ? replaceState.fieldErrors?.text : undefined} />
          <FormMessage
            tone={replaceState?.ok ? "success" : "error"}
            message={replaceState ? (replaceState.ok ? `Updated: ${replaceState.added} added, ${replaceState.updated} changed, ${replaceState.retired} retired, ${replaceState.unchanged} unchanged.` : replaceState.fieldErrors ? null : replaceState.message) : null}
          />
          <Button type="submit" variant="secondary" disabled={replacing}>
            {replacing ? "Updating…" : "Update the deck"}
          </Button>
        </form>
      </section>
    </div>
  );
}

function CardRow({ card, index, pending, onSave, onDelete }: { card: Card; index: number; pending: boolean; onSave: (text: { front: string; back: string }) => void; onDelete: () => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState({ front: card.front, back: card.back });
  return (
    <li className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <div className="mb-2 flex items-center justify-between text-xs text-stone-500">
        <span>
          {index + 1}. {card.kind.toLowerCase().replaceAll("_", " ")} · {card.section}
          {card.edited && " · edited"}
        </span>
        <span className="flex gap-3">
          <button type="button" className="underline" onClick={() => setEditing((v) => !v)} aria-label={`${editing ? "Cancel editing" : "Edit"} card ${index + 1}`}>
            {editing ? "Cancel" : "Edit"}
          </button>
          <button type="button" className="text-red-700 underline" disabled={pending} onClick={onDelete} aria-label={`Delete card ${index + 1}`}>
            Delete
          </button>
        </span>
      </div>
      {editing ? (
        <form
          className="grid gap-2 md:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault();
            onSave(text);
            setEditing(false);
          }}
        >
          <TextArea label="Question" name={`front-${card.id}`} id={`front-${card.id}`} rows={2} value={text.front} onChange={(e) => setText((t) => ({ ...t, front: e.target.value }))} />
          <TextArea label="Answer" name={`back-${card.id}`} id={`back-${card.id}`} rows={2} value={text.back} onChange={(e) => setText((t) => ({ ...t, back: e.target.value }))} />
          <Button type="submit" size="sm" disabled={pending}>
            Save card
          </Button>
        </form>
      ) : (
        <>
          <p className="font-medium text-stone-900">{card.front}</p>
          <p className="text-stone-700">{card.back}</p>
        </>
      )}
    </li>
  );
}

function AddCard({ onAdd, pending }: { onAdd: (text: { front: string; back: string }) => void; pending: boolean }) {
  const [text, setText] = useState({ front: "", back: "" });
  return (
    <form
      className="mt-4 grid gap-2 rounded-xl border border-dashed border-stone-300 p-4 md:grid-cols-[1fr_1fr_auto]"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.front.trim() || !text.back.trim()) return;
        onAdd(text);
        setText({ front: "", back: "" });
      }}
    >
      <TextField label="New card question" name="addFront" value={text.front} onChange={(e) => setText((t) => ({ ...t, front: e.target.value }))} />
      <TextField label="New card answer" name="addBack" value={text.back} onChange={(e) => setText((t) => ({ ...t, back: e.target.value }))} />
      <Button type="submit" variant="secondary" className="self-center" disabled={pending}>
        Add card
      </Button>
    </form>
  );
}
