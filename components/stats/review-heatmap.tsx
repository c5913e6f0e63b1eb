import { dayKeyOf, dayNumberOf, dayOfMonth, formatMonth, formatShortDate, weekdayOf } from "@/components/stats/day-key";

const WEEKS = 53;
const CELL = 11;
const STEP = 14;
const LEFT = 30;
const TOP = 18;
const WIDTH = LEFT + WEEKS * STEP;
const HEIGHT = TOP + 7 * STEP;

// Five steps from no reviews to the busiest days, all from the brand green.
const SHADES = ["fill-stone-200/70", "fill-brand-200", "fill-brand-500/60", "fill-brand-500", "fill-brand-700"] as const;
const WEEKDAY_LABELS = [
  { row: 0, text: "Mon" },
  { row: 2, text: "Wed" },
  { row: 4, text: "Fri" },
];

const reviewsText = (count: number) => `${count} ${count === 1 ? "review" : "reviews"}`;

function shadeOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

/** A year of study days, a column per week (Monday on top) and today in the last column. */
export function ReviewHeatmap({ today, counts, days = 365, summaryId = "review-heatmap-summary" }: { today: string; counts: Record<string, number>; days?: number; summaryId?: string }) {
  const todayNumber = dayNumberOf(today);
  const firstShown = todayNumber - (days - 1);
  const firstColumn = todayNumber - weekdayOf(todayNumber) - (WEEKS - 1) * 7;

  const values = Object.entries(counts).filter(([key]) => {
    const day = dayNumberOf(key);
    return day >= firstShown && day <= todayNumber;
  });
  const max = Math.max(0, ...values.map(([, count]) => count));
  const total = values.reduce((sum, [, count]) => sum + count, 0);
  const activeDays = values.filter(([, count]) => count > 0).length;
  const busiest = values.reduce<[string, number] | null>((best, entry) => (!best || entry[1] > best[1] ? entry : best), null);

  const cells = [];
  const months = [];
  for (let week = 0; week < WEEKS; week++) {
    const monday = firstColumn + week * 7;
    if (dayOfMonth(monday) <= 7 && week < WEEKS - 1) months.push({ x: LEFT + week * STEP, text: formatMonth(monday) });
    for (let row = 0; row < 7; row++) {
      const day = monday + row;
      if (day < firstShown || day > todayNumber) continue;
      const key = dayKeyOf(day);
      const count = counts[key] ?? 0;
      cells.push(
        <rect
          key={key}
          x={LEFT + week * STEP}
          y={TOP + row * STEP}
          width={CELL}
          height={CELL}
          rx={2}
          className={`${SHADES[shadeOf(count, max)]}${day === todayNumber ? " stroke-stone-500" : ""}`}
        >
          <title>{`${reviewsText(count)} on ${key}`}</title>
        </rect>,
      );
    }
  }

  const summary =
    total === 0
      ? "No reviews in the past year yet."
      : `${reviewsText(total)} on ${activeDays} ${activeDays === 1 ? "day" : "days"} in the past year.` +
        (busiest ? ` Busiest day: ${formatShortDate(dayNumberOf(busiest[0]))}, with ${reviewsText(busiest[1])}.` : "");

  return (
    <figure>
      <div className="overflow-x-auto pb-1">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full min-w-[640px]" role="img" aria-labelledby={summaryId}>
          {months.map((month) => (
            <text key={`${month.x}-${month.text}`} x={month.x} y={TOP - 6} className="fill-stone-500 text-[10px]">
              {month.text}
            </text>
          ))}
          {WEEKDAY_LABELS.map((label) => (
            <text key={label.text} x={0} y={TOP + label.row * STEP + CELL - 1} className="fill-stone-500 text-[10px]">
              {label.text}
            </text>
          ))}
          {cells}
        </svg>
      </div>
      <figcaption className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-stone-600">
        <span id={summaryId}>{summary}</span>
        <span className="flex items-center gap-1 text-xs text-stone-500" aria-hidden>
          Less
          <svg width={5 * STEP} height={CELL} className="mx-1">
            {SHADES.map((shade, index) => (
              <rect key={shade} x={index * STEP} y={0} width={CELL} height={CELL} rx={2} className={shade} />
            ))}
          </svg>
          More
        </span>
      </figcaption>
    </figure>
  );
}
