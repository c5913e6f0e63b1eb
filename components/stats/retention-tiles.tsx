import { StatTile } from "@/components/stats/stat-tile";

type Window = { reviews: number; passed: number; rate: number | null };

const reviewsText = (count: number) => `${count} ${count === 1 ? "review" : "reviews"}`;

function detailFor(window: Window, target: number): string {
  if (window.rate === null) return "No reviews of learned cards yet";
  const gap = Math.round((window.rate - target) * 100);
  const versus = gap === 0 ? "right on your target" : gap > 0 ? `${gap} points above your target` : `${-gap} points below your target`;
  return `${reviewsText(window.reviews)} · ${versus}`;
}

/** True retention: the share of reviews of learned cards that were not "Again". */
export function RetentionTiles({ last7, last30, target }: { last7: Window; last30: Window; target: number }) {
  return (
    <>
      <StatTile
        label="Retention, last 7 days"
        value={last7.rate === null ? "—" : `${Math.round(last7.rate * 100)}%`}
        detail={detailFor(last7, target)}
        accent={last7.rate !== null && last7.rate >= target}
      />
      <StatTile
        label="Retention, last 30 days"
        value={last30.rate === null ? "—" : `${Math.round(last30.rate * 100)}%`}
        detail={detailFor(last30, target)}
        accent={last30.rate !== null && last30.rate >= target}
      />
    </>
  );
}
