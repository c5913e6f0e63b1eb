import type { ComponentProps, ReactNode } from "react";

const inputClasses =
  "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm placeholder:text-stone-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 aria-[invalid=true]:border-red-500";

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 min-h-5 text-sm text-red-700">
      {errors?.[0] ?? ""}
    </p>
  );
}

type Labelled = { label: string; name: string; errors?: string[]; hint?: ReactNode };

/** The label, hint and error region every field shares; `control` gets the ids and ARIA wiring. */
function Field({ label, name, errors, hint, id, control }: Labelled & { id?: string; control: (wiring: { id: string; name: string; className: string; "aria-invalid"?: true; "aria-describedby": string }) => ReactNode }) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  return (
    <div>
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-stone-800">
        {label}
      </label>
      {control({ id: inputId, name, className: inputClasses, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": errorId })}
      {hint && <p className="mt-1 text-xs text-stone-500">{hint}</p>}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

export function TextField({ label, name, errors, hint, id, ...props }: ComponentProps<"input"> & Labelled) {
  return <Field label={label} name={name} errors={errors} hint={hint} id={id} control={(wiring) => <input {...wiring} {...props} />} />;
}

export function TextArea({ label, name, errors, hint, id, ...props }: ComponentProps<"textarea"> & Labelled) {
  return <Field label={label} name={name} errors={errors} hint={hint} id={id} control={(wiring) => <textarea {...wiring} {...props} />} />;
}

export function SelectField({ label, name, errors, hint, id, children, ...props }: ComponentProps<"select"> & Labelled) {
  return (
    <Field
      label={label}
      name={name}
      errors={errors}
      hint={hint}
      id={id}
      control={(wiring) => (
        <select {...wiring} {...props}>
          {children}
        </select>
      )}
    />
  );
}

export function FormMessage({ message, tone = "error" }: { message?: string | null; tone?: "error" | "success" }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} aria-live="polite" className="min-h-6">
      {message && (
        <p className={`rounded-lg px-3 py-2 text-sm ${tone === "error" ? "bg-red-50 text-red-800" : "bg-brand-50 text-brand-900"}`}>{message}</p>
      )}
    </div>
  );
}
