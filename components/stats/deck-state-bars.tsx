export type DeckStates = { deckId: string; title: string; new: number; learning: number; review: number; relearning: number; suspended: number };

const STATES = [
  { key: "review", label: "Review", swatch: "bg-brand-600" },
  { key: "learning", label: "Learning", swatch: "bg-amber-400" },
  { key: "relearning", label: "Relearning", swatch: "bg-rose-400" },
  { key: "new", label: "New", swatch: "bg-sky-300" },
  { key: "suspended", label: "Suspended", swatch: "bg-stone-300" },
] as const;

const cardsText = (count: number) => `${count} ${count === 1 ? "card" : "cards"}`;

/** One stacked bar per studied deck: how many of its cards sit in each learning state. */
export function DeckStateBars({ decks }: { decks: DeckStates[] }) {
  return (
    <div>
      <ul className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600" aria-label="Legend">
        {STATES.map((state) => (
          <li key={state.key} className="flex items-center gap-1.5">
            <span aria-hidden className={`inline-block h-3 w-3 rounded-sm ${state.swatch}`} />
            {state.label}
          </li>
        ))}
      </ul>
      <ul className="space-y-4">
        {decks.map((deck) => {
          const total = STATES.reduce((sum, state) => sum + deck[state.key], 0);
          const parts = STATES.filter((state) => deck[state.key] > 0);
          const spoken = parts.map((state) => `${deck[state.key]} ${state.label.toLowerCase()}`).join(", ");
          return (
            <li key={deck.deckId}>
              <div className="mb-1 flex items-baseline justify-between gap-4 text-sm">
                <span className="truncate font-medium text-stone-800">{deck.title}</span>
                <span className="shrink-0 tabular-nums text-stone-500">{cardsText(total)}</span>
              </div>
              {total === 0 ? (
                <p className="text-sm text-stone-500">No cards yet.</p>
              ) : (
                <>
                  <div className="flex h-3 w-full overflow-hidden rounded-full bg-stone-100" aria-hidden>
                    {parts.map((state) => (
                      <div
                        key={state.key}
                        title={`${state.label}: ${cardsText(deck[state.key])}`}
                        className={`h-full ${state.swatch}`}
                        style={{ width: `${(deck[state.key] / total) * 100}%` }}
                      />
                    ))}
                  </div>
                  <p className="sr-only">{spoken}</p>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
