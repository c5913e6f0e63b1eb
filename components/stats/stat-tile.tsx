import type { ReactNode } from "react";

/** A row of figures; each tile is a term and its value, so screen readers hear them paired. */
export function StatTiles({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <dl className={`grid gap-3 sm:grid-cols-2 lg:grid-cols-4 ${className}`}>{children}</dl>;
}

export function StatTile({ label, value, detail, accent = false }: { label: string; value: string; detail?: string; accent?: boolean }) {
  return (
    <div className={`rounded-2xl border p-4 shadow-sm ${accent ? "border-brand-200 bg-brand-50" : "border-stone-200 bg-white"}`}>
      <dt className="text-sm font-medium text-stone-600">{label}</dt>
      <dd className={`mt-1 text-3xl font-semibold tabular-nums tracking-tight ${accent ? "text-brand-900" : "text-stone-900"}`}>{value}</dd>
      {detail && <dd className="mt-1 text-sm text-stone-500">{detail}</dd>}
    </div>
  );
}
