import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { countOptimizableReviews } from "@/lib/data/optimizer";
import { hasPassword } from "@/lib/data/settings";
import { MIN_REVIEWS_TO_OPTIMIZE } from "@/lib/srs/optimizer-items";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader, Panel } from "@/components/ui/panel";
import { ChangePasswordForm } from "./_components/change-password-form";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { OptimizePanel } from "./_components/optimize-panel";
import { StudySettingsForm } from "./_components/study-settings-form";

export const metadata: Metadata = { title: "Settings" };

// Listed on the server so the options match on hydration; "UTC" is missing from the runtime's list.
function listTimeZones(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}

export default async function SettingsPage() {
  const viewer = await requireUser("/settings");
  const [withPassword, reviews] = await Promise.all([hasPassword(viewer), countOptimizableReviews(viewer)]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Settings" description="Your profile, how your study days run, and your account." />

      <Panel title="Profile and study">
        <StudySettingsForm
          timeZones={listTimeZones()}
          defaults={{
            name: viewer.name,
            timeZone: viewer.timeZone,
            rolloverHour: viewer.rolloverHour,
            desiredRetention: viewer.desiredRetention,
            newCardsPerDay: viewer.newCardsPerDay,
            maxReviewsPerDay: viewer.maxReviewsPerDay,
          }}
        />
      </Panel>

      <Panel title="Your own schedule">
        <OptimizePanel reviews={reviews} required={MIN_REVIEWS_TO_OPTIMIZE} personalized={viewer.fsrsParams.length > 0} />
      </Panel>

      <Panel title="Password">
        {withPassword ? (
          <ChangePasswordForm email={viewer.email} />
        ) : (
          <p className="text-sm text-stone-600">You sign in with GitHub or Google, so there is no Groundwork password to change.</p>
        )}
      </Panel>

      <Panel title="Your data">
        <p className="mb-4 text-sm text-stone-600">
          Download everything Groundwork keeps about your learning as one JSON file: your settings, decks, card progress, every review and
          your quiz answers.
        </p>
        <a href="/api/account/export" download="groundwork-export.json" className={buttonClasses("secondary")}>
          Export my data
        </a>
      </Panel>

      <Panel title="Delete my account" className="border-red-200">
        <p className="mb-4 text-sm text-stone-600">
          This deletes your account, your progress, your reviews and quiz answers, and any documents, decks and classes you made. It cannot
          be undone. Export your data first if you want to keep it.
        </p>
        <DeleteAccountForm />
      </Panel>
    </div>
  );
}
