import { StatTile } from "@/components/stats/stat-tile";

const days = (count: number) => `${count} ${count === 1 ? "day" : "days"}`;

export function StreakTiles({ current, longest, studiedToday }: { current: number; longest: number; studiedToday: boolean }) {
  const detail =
    current === 0 ? "Review today to start one" : studiedToday ? "You studied today. Well done." : "Review today to keep it going";
  return (
    <>
      <StatTile label="Current streak" value={days(current)} detail={detail} accent={current > 0} />
      <StatTile label="Longest streak" value={days(longest)} detail={longest > 0 && longest === current ? "You are on your best run" : undefined} />
    </>
  );
}
