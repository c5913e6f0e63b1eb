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

type FieldProps = ComponentProps<"input"> & { label: string; name: string; errors?: string[]; hint?: ReactNode };

export function TextField({ label, name, errors, hint, id, ...props }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  return (
    <div>
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input id={inputId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={errorId} className={inputClasses} {...props} />
      {hint && <p className="mt-1 text-xs text-stone-500">{hint}</p>}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

export function TextArea({ label, name, errors, id, ...props }: ComponentProps<"textarea"> & { label: string; name: string; errors?: string[] }) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  return (
    <div>
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-stone-800">
        {label}
      </label>
      <textarea id={inputId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={errorId} className={inputClasses} {...props} />
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

export function SelectField({ label, name, errors, id, children, ...props }: ComponentProps<"select"> & { label: string; name: string; errors?: string[] }) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  return (
    <div>
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-stone-800">
        {label}
      </label>
      <select id={inputId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={errorId} className={inputClasses} {...props}>
        {children}
      </select>
      <FieldError id={errorId} errors={errors} />
    </div>
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
