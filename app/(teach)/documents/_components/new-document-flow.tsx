"use client";

import { useRouter } from "next/navigation";
import { useActionState, useState, useTransition } from "react";
import { previewDocumentAction, saveDocumentAction } from "@/lib/actions/document-actions";
import type { GeneratedDeck } from "@/lib/generate";
import { MAX_DOCUMENT_BYTES } from "@/lib/validation/document";
import { Button } from "@/components/ui/button";
import { FieldError, FormMessage, TextArea, TextField } from "@/components/ui/field";

type Preview = { deck: GeneratedDeck; text: string; format: "md" | "txt" };
type Edits = Record<string, { front: string; back: string }>;

export function NewDocumentFlow() {
  const [state, formAction, previewing] = useActionState(previewDocumentAction, null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const preview: Preview | null = state?.ok && !tooLarge ? { deck: state.deck, text: state.text, format: state.format } : null;
  const errors = tooLarge ? { file: [tooLarge] } : state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // A file over the limit is refused here, before it is uploaded at all.
  const checkSize = (event: React.FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get("file");
    if (file instanceof File && file.size > MAX_DOCUMENT_BYTES) {
      event.preventDefault();
      setTooLarge(`This file is ${(file.size / 1_048_576).toFixed(1)} MB; the limit is 1 MB.`);
    } else {
      setTooLarge(null);
    }
  };
  return (
    <div className="space-y-8">
      <form action={formAction} onSubmit={checkSize} className="space-y-3 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
        <TextField label="Title (optional)" name="title" placeholder="Taken from the document when left empty" errors={errors.title} />
        <div>
          <label htmlFor="field-file" className="mb-1 block text-sm font-medium text-stone-800">
            Upload a .md or .txt file (up to 1 MB)
          </label>
          <input id="field-file" name="file" type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" aria-describedby="field-file-error" className="block text-sm" />
          <FieldError id="field-file-error" errors={errors.file} />
        </div>
        <TextArea label="…or paste the text" name="text" rows={8} placeholder="Paste an article, notes or a web page's text" errors={errors.text} />
        <FormMessage message={state && !state.ok && !state.fieldErrors ? state.message : null} />
        <Button type="submit" disabled={previewing}>
          {previewing ? "Generating…" : "Generate cards"}
        </Button>
      </form>
      {preview && <PreviewEditor key={preview.deck.cards.map((c) => c.key).join()} preview={preview} />}
    </div>
  );
}

function PreviewEditor({ preview }: { preview: Preview }) {
  const router = useRouter();
  const [edits, setEdits] = useState<Edits>({});
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [removedQuiz, setRemovedQuiz] = useState<Set<string>>(new Set());
  const [added, setAdded] = useState<{ front: string; back: string }[]>([]);
  const [draft, setDraft] = useState({ front: "", back: "" });
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const cards = preview.deck.cards.filter((card) => !removed.has(card.key));
  const quiz = preview.deck.quiz.filter((item) => !removedQuiz.has(item.key));

  const save = (publish: boolean) =>
    startTransition(async () => {
      const result = await saveDocumentAction({
        title: preview.deck.title,
        text: preview.text,
        format: preview.format,
        edits,
        removed: [...removed],
        added,
        removedQuiz: [...removedQuiz],
        publish,
      });
      if (result.ok) router.push(`/documents/${result.documentId}`);
      else setMessage(result.message);
    });

  return (
    <section aria-label="Generated deck" className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h2 className="text-xl font-semibold">{preview.deck.title}</h2>
          <p className="text-sm text-stone-600">
            {cards.length + added.length} cards and {quiz.length} quiz questions. Nothing is saved until you publish or save a draft.
          </p>
        </div>
        <div className="flex gap-2">
          <Button variant="secondary" disabled={pending} onClick={() => save(false)}>
            Save as draft
          </Button>
          <Button disabled={pending} onClick={() => save(true)}>
            {pending ? "Saving…" : "Publish deck"}
          </Button>
        </div>
      </div>
      <FormMessage message={message} />
      <ol className="space-y-3">
        {cards.map((card, index) => {
          const text = edits[card.key] ?? { front: card.front, back: card.back };
          return (
            <li key={card.key} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
              <div className="mb-2 flex items-center justify-between text-xs text-stone-500">
                <span>
                  {index + 1}. {card.kind.replaceAll("_", " ")} · {card.source.section}
                </span>
                <button type="button" className="text-red-700 underline" onClick={() => setRemoved((s) => new Set(s).add(card.key))} aria-label={`Delete card ${index + 1}`}>
                  Delete
                </button>
              </div>
              <div className="grid gap-2 md:grid-cols-2">
                <label className="text-sm">
                  <span className="sr-only">Question of card {index + 1}</span>
                  <textarea className="w-full rounded-lg border border-stone-300 p-2" rows={2} value={text.front} onChange={(e) => setEdits((s) => ({ ...s, [card.key]: { ...text, front: e.target.value } }))} />
                </label>
                <label className="text-sm">
                  <span className="sr-only">Answer of card {index + 1}</span>
                  <textarea className="w-full rounded-lg border border-stone-300 p-2" rows={2} value={text.back} onChange={(e) => setEdits((s) => ({ ...s, [card.key]: { ...text, back: e.target.value } }))} />
                </label>
              </div>
            </li>
          );
        })}
        {added.map((card, index) => (
          <li key={`added-${index}`} className="rounded-xl border border-brand-200 bg-brand-50 p-4 text-sm">
            <p className="font-medium">{card.front}</p>
            <p>{card.back}</p>
          </li>
        ))}
      </ol>
      <form
        className="grid gap-2 rounded-xl border border-dashed border-stone-300 p-4 md:grid-cols-[1fr_1fr_auto]"
        onSubmit={(event) => {
          event.preventDefault();
          if (!draft.front.trim() || !draft.back.trim()) return;
          setAdded((list) => [...list, { front: draft.front.trim(), back: draft.back.trim() }]);
          setDraft({ front: "", back: "" });
        }}
      >
        <TextField label="New card question" name="newFront" value={draft.front} onChange={(e) => setDraft((d) => ({ ...d, front: e.target.value }))} />
        <TextField label="New card answer" name="newBack" value={draft.back} onChange={(e) => setDraft((d) => ({ ...d, back: e.target.value }))} />
        <Button type="submit" variant="secondary" className="self-center">
          Add card
        </Button>
      </form>
      <div>
        <h3 className="mb-3 font-semibold">Quiz questions</h3>
        <ol className="space-y-2">
          {quiz.map((item, index) => (
            <li key={item.key} className="flex items-start justify-between gap-4 rounded-xl border border-stone-200 bg-white p-3 text-sm">
              <div>
                <span className="text-xs text-stone-500">{item.kind.replaceAll("_", " ")}</span>
                <p className="font-medium">{item.prompt}</p>
                <p className="text-stone-600">Answer: {Array.isArray(item.answer) ? item.answer.map((pair) => pair.join(" → ")).join("; ") : item.answer}</p>
              </div>
              <button type="button" className="text-red-700 underline" onClick={() => setRemovedQuiz((s) => new Set(s).add(item.key))} aria-label={`Delete question ${index + 1}`}>
                Delete
              </button>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
