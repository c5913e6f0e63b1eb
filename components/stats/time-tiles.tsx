import { StatTile } from "@/components/stats/stat-tile";

/** "45 s", "12 min", "3 h 5 min": rounded to what a person would say. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

export function TimeTiles({ todayMs, last7Ms, last30Ms, totalMs }: { todayMs: number; last7Ms: number; last30Ms: number; totalMs: number }) {
  return (
    <>
      <StatTile label="Time today" value={formatDuration(todayMs)} />
      <StatTile label="Last 7 days" value={formatDuration(last7Ms)} detail={`About ${formatDuration(last7Ms / 7)} a day`} />
      <StatTile label="Last 30 days" value={formatDuration(last30Ms)} detail={`About ${formatDuration(last30Ms / 30)} a day`} />
      <StatTile label="All time" value={formatDuration(totalMs)} />
    </>
  );
}
