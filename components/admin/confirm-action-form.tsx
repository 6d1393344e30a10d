"use client";

import { useActionState } from "react";

import { initialAdminFormState, type AdminFormState } from "@/lib/admin/form-state";

import { FormMessage } from "./form-field";

export type ConfirmLabels = { open: string; question: string; confirm: string; cancel: string };

type Props = {
  action: (prev: AdminFormState, form: FormData) => Promise<AdminFormState>;
  /** Hidden fields naming what to act on (entity, key, version, id …). */
  fields: Record<string, string | number>;
  locale: string;
  labels: ConfirmLabels;
  testId: string;
};

/**
 * A destructive action behind a confirmation: the first button only opens the question (a
 * <details>, so it works before any script), the second sends `confirm=yes`, which the action requires.
 */
export function ConfirmActionForm({ action, fields, locale, labels, testId }: Props) {
  const [state, formAction, pending] = useActionState(action, initialAdminFormState);
  return (
    <details className="group rounded-md border border-red-200 bg-red-50/40 px-3 py-2 text-sm" data-testid={testId}>
      <summary className="cursor-pointer font-medium text-red-800 marker:text-red-400">{labels.open}</summary>
      <form action={formAction} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="confirm" value="yes" />
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <p className="text-slate-700">{labels.question}</p>
        <FormMessage message={state.message} tone="error" />
        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white disabled:opacity-60"
          >
            {labels.confirm}
          </button>
          <button
            type="button"
            className="text-slate-600 underline"
            onClick={(event) => event.currentTarget.closest("details")?.removeAttribute("open")}
          >
            {labels.cancel}
          </button>
        </div>
      </form>
    </details>
  );
}
