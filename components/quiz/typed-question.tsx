import type { Ref } from "react";

export function TypedQuestion({ id, value, onChange, disabled, inputRef }: { id: string; value: string; onChange: (value: string) => void; disabled: boolean; inputRef?: Ref<HTMLInputElement> }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-800">
        Your answer
      </label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={1000}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-hint`}
        className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-lg text-stone-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 disabled:bg-stone-50"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
        Case, punctuation and one small typo do not matter. Press Enter to check.
      </p>
    </div>
  );
}
