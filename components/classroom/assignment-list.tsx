import Link from "next/link";
import { ProgressBar } from "@/components/ui/progress-bar";

export type AssignmentItem = {
  assignmentId: string;
  className: string;
  deckId: string;
  deckTitle: string;
  dueLabel: string;
  totalCards: number;
  startedCards: number;
  percentStarted: number;
  daysLeft: number;
  pastDue: boolean;
};

function dueText(item: AssignmentItem): string {
  if (item.pastDue) return `Was due ${item.dueLabel}`;
  if (item.daysLeft <= 1) return `Due ${item.dueLabel} (today or tomorrow)`;
  return `Due ${item.dueLabel} · ${item.daysLeft} days left`;
}

/** A learner's class assignments with how far into each deck they are. */
export function AssignmentList({ items }: { items: AssignmentItem[] }) {
  return (
    <ul className="divide-y divide-stone-100">
      {items.map((item) => {
        const done = item.startedCards >= item.totalCards;
        return (
          <li key={item.assignmentId} className="space-y-1.5 py-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/review?deck=${item.deckId}`} className="font-medium text-stone-900 hover:underline">
                {item.deckTitle}
              </Link>
              <span className={`text-xs ${item.pastDue && !done ? "font-medium text-red-700" : "text-stone-500"}`}>{dueText(item)}</span>
            </div>
            <p className="text-xs text-stone-500">{item.className}</p>
            <ProgressBar value={item.startedCards} max={item.totalCards} label={`${item.deckTitle}: ${item.startedCards} of ${item.totalCards} cards started`} />
            <p className="text-xs text-stone-600">
              {item.startedCards} of {item.totalCards} cards started ({item.percentStarted}%)
            </p>
          </li>
        );
      })}
    </ul>
  );
}
