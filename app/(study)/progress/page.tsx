import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { getProgress } from "@/lib/data/progress";
import { DeckStateBars } from "@/components/stats/deck-state-bars";
import { ForecastChart } from "@/components/stats/forecast-chart";
import { RetentionTiles } from "@/components/stats/retention-tiles";
import { ReviewHeatmap } from "@/components/stats/review-heatmap";
import { StatTiles } from "@/components/stats/stat-tile";
import { StreakTiles } from "@/components/stats/streak-tiles";
import { TimeTiles } from "@/components/stats/time-tiles";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const viewer = await requireUser("/progress");
  const progress = await getProgress(viewer, new Date());
  const studiedToday = (progress.heatmap[progress.today] ?? 0) > 0;

  const decks = progress.byDeck.length > 0 && (
    <Panel title="Cards by state">
      <DeckStateBars decks={progress.byDeck} />
    </Panel>
  );

  if (progress.totalReviews === 0) {
    return (
      <div className="space-y-6">
        <PageHeader title="Progress" description="Your streak, your memory and what is coming up." />
        <EmptyState title="Review a few cards and your progress appears here">
          <p>Your study calendar, retention, forecast and streak fill in as you review.</p>
          <ButtonLink href="/today" className="mt-4">
            Start today&apos;s reviews
          </ButtonLink>
        </EmptyState>
        {decks}
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <PageHeader title="Progress" description="Your streak, your memory and what is coming up." />

      <section aria-labelledby="streak-heading">
        <h2 id="streak-heading" className="sr-only">
          Streak and retention
        </h2>
        <StatTiles>
          <StreakTiles current={progress.streak.current} longest={progress.streak.longest} studiedToday={studiedToday} />
          <RetentionTiles last7={progress.retention.last7} last30={progress.retention.last30} target={viewer.desiredRetention} />
        </StatTiles>
      </section>

      <Panel title="The past year">
        <ReviewHeatmap today={progress.today} counts={progress.heatmap} />
      </Panel>

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Panel title="Coming up: the next 30 days">
          <ForecastChart days={progress.forecast} />
        </Panel>
        {decks || (
          <Panel title="Cards by state">
            <p className="text-sm text-stone-600">Add a deck to your studies to see its cards here.</p>
          </Panel>
        )}
      </div>

      <section aria-labelledby="time-heading">
        <h2 id="time-heading" className="mb-3 text-base font-semibold text-stone-900">
          Time spent reviewing
        </h2>
        <StatTiles>
          <TimeTiles {...progress.time} />
        </StatTiles>
      </section>
    </div>
  );
}
