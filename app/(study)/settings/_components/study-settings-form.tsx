"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateSettingsAction } from "@/lib/actions/settings-actions";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FieldError, FormMessage, SelectField, TextField } from "@/components/ui/field";

export type StudySettings = {
  name: string;
  timeZone: string;
  rolloverHour: number;
  desiredRetention: number;
  newCardsPerDay: number;
  maxReviewsPerDay: number;
};

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

function hourLabel(hour: number): string {
  if (hour === 0) return "0:00 (midnight)";
  return `${hour}:00`;
}

export function StudySettingsForm({ defaults, timeZones }: { defaults: StudySettings; timeZones: string[] }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, setPending] = useState(false);
  const [timeZone, setTimeZone] = useState(defaults.timeZone);
  const [retention, setRetention] = useState(defaults.desiredRetention);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const outcome = await updateSettingsAction(null, form);
    setResult(outcome);
    setPending(false);
    if (outcome.ok) router.refresh();
  }

  function chooseDeviceZone() {
    setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    setResult(null);
  }

  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const message = result ? (result.ok ? "Saved." : result.fieldErrors ? null : result.message) : null;
  const zones = timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones];
  const retentionPercent = Math.round(retention * 100);

  return (
    <form onSubmit={onSubmit} onChange={() => setResult(null)} className="space-y-2" noValidate>
      <TextField label="Name" name="name" autoComplete="name" required maxLength={100} defaultValue={defaults.name} errors={errors.name} />

      <div className="grid gap-x-4 sm:grid-cols-[1fr_auto] sm:items-start">
        <SelectField label="Time zone" name="timeZone" value={timeZone} onChange={(event) => setTimeZone(event.target.value)} errors={errors.timeZone}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" className="sm:mt-6" onClick={chooseDeviceZone}>
          Use this device&apos;s time zone
        </Button>
      </div>

      <SelectField label="New study day starts at" name="rolloverHour" defaultValue={String(defaults.rolloverHour)} errors={errors.rolloverHour}>
        {HOURS.map((hour) => (
          <option key={hour} value={hour}>
            {hourLabel(hour)}
          </option>
        ))}
      </SelectField>

      <div>
        <div className="mb-1 flex items-baseline justify-between gap-4">
          <label htmlFor="field-desiredRetention" className="block text-sm font-medium text-stone-800">
            Desired retention
          </label>
          <output htmlFor="field-desiredRetention" className="text-sm font-semibold tabular-nums text-brand-700">
            {retentionPercent}%
          </output>
        </div>
        <input
          id="field-desiredRetention"
          name="desiredRetention"
          type="range"
          min={0.7}
          max={0.97}
          step={0.01}
          value={retention}
          onChange={(event) => setRetention(Number(event.target.value))}
          aria-valuetext={`${retentionPercent}%`}
          aria-invalid={errors.desiredRetention?.length ? true : undefined}
          aria-describedby="field-desiredRetention-hint field-desiredRetention-error"
          className="w-full accent-brand-600"
        />
        <p id="field-desiredRetention-hint" className="mt-1 text-xs text-stone-500">
          How likely you want to be to recall a card when it comes back. Higher means more reviews each day; 90% suits most people.
        </p>
        <FieldError id="field-desiredRetention-error" errors={errors.desiredRetention} />
      </div>

      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          label="New cards per day"
          name="newCardsPerDay"
          type="number"
          inputMode="numeric"
          min={0}
          max={500}
          step={1}
          required
          defaultValue={defaults.newCardsPerDay}
          errors={errors.newCardsPerDay}
        />
        <TextField
          label="Maximum reviews per day"
          name="maxReviewsPerDay"
          type="number"
          inputMode="numeric"
          min={1}
          max={5000}
          step={1}
          required
          defaultValue={defaults.maxReviewsPerDay}
          errors={errors.maxReviewsPerDay}
        />
      </div>

      <FormMessage message={message} tone={result?.ok ? "success" : "error"} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
