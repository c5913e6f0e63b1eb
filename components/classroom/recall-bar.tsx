/** Predicted recall as a bar with the goal marked; colour says whether the goal is met. */
export function RecallBar({ value, target, label }: { value: number; target: number; label: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  const met = value >= target;
  return (
    <div className="flex items-center gap-2">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% (goal ${Math.round(target * 100)}%)`}
        className="relative h-2 w-24 overflow-hidden rounded-full bg-stone-200"
      >
        <div className={`h-full rounded-full ${met ? "bg-brand-500" : "bg-amber-500"}`} style={{ width: `${percent}%` }} />
        <div aria-hidden className="absolute inset-y-0 w-0.5 bg-stone-700" style={{ left: `${Math.round(target * 100)}%` }} />
      </div>
      <span className="w-10 text-right text-sm tabular-nums text-stone-700">{percent}%</span>
    </div>
  );
}
