import type { ReactNode } from "react";

/** A labelled form control with its field error (the schema's message) announced and linked. */
export function FormField({
  name,
  label,
  error,
  children,
}: {
  name: string;
  label: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1" data-field={name}>
      <label htmlFor={`field-${name}`} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`error-${name}`} className="text-sm text-red-700" data-testid={`error-${name}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Props that tie a control to its FormField label and error. */
export function controlProps(name: string, error: string | undefined) {
  return {
    id: `field-${name}`,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `error-${name}` : undefined,
    className: "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600",
  } as const;
}

export function FormMessage({ message, tone }: { message: string | null; tone: "error" | "info" }) {
  if (!message) return null;
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md px-3 py-2 text-sm ${tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}
      data-testid="admin-message"
    >
      {message}
    </p>
  );
}
