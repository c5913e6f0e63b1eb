import { dayNumberOf, formatShortDate } from "@/components/stats/day-key";

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 44;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 34;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

const cardsText = (count: number) => `${count} ${count === 1 ? "card" : "cards"}`;

/** The smallest 1, 2 or 5 times a power of ten at or above the value, so the axis reads in round numbers. */
function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}

/** Cards coming due on each of the next study days; today's bar includes everything overdue. */
export function ForecastChart({ days, summaryId = "forecast-summary" }: { days: { date: string; count: number }[]; summaryId?: string }) {
  const max = niceCeiling(Math.max(0, ...days.map((day) => day.count)));
  const band = days.length ? PLOT_WIDTH / days.length : PLOT_WIDTH;
  const barWidth = Math.max(2, band * 0.7);
  const y = (count: number) => TOP + PLOT_HEIGHT - (count / max) * PLOT_HEIGHT;
  const ticks = max >= 2 ? [0, max / 2, max] : [0, max];
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const busiest = days.reduce<{ date: string; count: number } | null>((best, day) => (!best || day.count > best.count ? day : best), null);
  const todayCount = days[0]?.count ?? 0;

  const summary =
    total === 0
      ? `Nothing is due in the next ${days.length} days.`
      : `${cardsText(total)} due in the next ${days.length} days, ${todayCount === 0 ? "none" : todayCount} of them today.` +
        (busiest && busiest.count > 0 ? ` Busiest: ${formatShortDate(dayNumberOf(busiest.date))}, with ${cardsText(busiest.count)}.` : "");

  return (
    <figure>
      <div className="overflow-x-auto pb-1">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full min-w-[480px]" role="img" aria-labelledby={summaryId}>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className={tick === 0 ? "stroke-stone-400" : "stroke-stone-200"} strokeDasharray={tick === 0 ? undefined : "3 3"} />
              <text x={LEFT - 6} y={y(tick) + 3} textAnchor="end" className="fill-stone-500 text-[10px] tabular-nums">
                {tick}
              </text>
            </g>
          ))}
          <text transform={`translate(11 ${TOP + PLOT_HEIGHT / 2}) rotate(-90)`} textAnchor="middle" className="fill-stone-600 text-[10px]">
            Cards due
          </text>
          {days.map((day, index) => {
            const x = LEFT + index * band + (band - barWidth) / 2;
            const top = day.count > 0 ? Math.min(y(day.count), TOP + PLOT_HEIGHT - 2) : TOP + PLOT_HEIGHT;
            const label = index === 0 ? `${cardsText(day.count)} due today` : `${cardsText(day.count)} due on ${day.date}`;
            return (
              <g key={day.date}>
                <title>{label}</title>
                {/* A full-height invisible target so even an empty day shows its tooltip. */}
                <rect x={LEFT + index * band} y={TOP} width={band} height={PLOT_HEIGHT} className="fill-transparent" />
                <rect x={x} y={top} width={barWidth} height={TOP + PLOT_HEIGHT - top} rx={2} className={index === 0 ? "fill-brand-700" : "fill-brand-500"} />
              </g>
            );
          })}
          {days.map((day, index) =>
            index % 7 === 0 ? (
              <text key={`label-${day.date}`} x={LEFT + index * band + band / 2} y={TOP + PLOT_HEIGHT + 14} textAnchor="middle" className="fill-stone-500 text-[10px]">
                {index === 0 ? "Today" : formatShortDate(dayNumberOf(day.date))}
              </text>
            ) : null,
          )}
          <text x={LEFT + PLOT_WIDTH / 2} y={HEIGHT - 3} textAnchor="middle" className="fill-stone-600 text-[10px]">
            Study day
          </text>
        </svg>
      </div>
      <figcaption id={summaryId} className="mt-2 text-sm text-stone-600">
        {summary}
      </figcaption>
    </figure>
  );
}
