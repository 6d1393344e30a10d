"use client";

import { useActionState, useState } from "react";

import { initialAdminFormState, type AdminFormAction } from "@/lib/admin/form-state";

import { controlProps, FormField, FormMessage } from "./form-field";

export type ApiTokenFormLabels = {
  name: string;
  nameHelp: string;
  create: string;
  created: string;
  shownOnce: string;
  copy: string;
  copied: string;
  lifetime: string;
  /** The lifetimes on offer, in days, with their labels; `defaultDays` is preselected. */
  lifetimes: { days: number; label: string }[];
  defaultDays: number;
};

/** Makes a named API token; the new token is shown here once, right after it was made, and nowhere else. */
/** `create` is the server action that issues the token (app/[locale]/admin/actions.ts). */
export function ApiTokenForm({
  create,
  locale,
  labels,
}: {
  create: AdminFormAction;
  locale: string;
  labels: ApiTokenFormLabels;
}) {
  const [state, action, pending] = useActionState(create, initialAdminFormState);
  const [copied, setCopied] = useState(false);
  const created = state.createdToken;
  return (
    <div className="flex flex-col gap-3">
      <form key={state.attempt} action={action} className="flex flex-wrap items-end gap-3" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <div className="min-w-64 flex-1">
          <FormField name="name" label={labels.name} error={state.errors.name}>
            <input
              type="text"
              autoComplete="off"
              maxLength={80}
              {...controlProps("name", state.errors.name)}
              defaultValue={String(state.values?.name ?? "")}
            />
          </FormField>
        </div>
        <FormField name="lifetime" label={labels.lifetime} error={state.errors.lifetime}>
          <select
            {...controlProps("lifetime", state.errors.lifetime)}
            defaultValue={String(state.values?.lifetime ?? labels.defaultDays)}
          >
            {labels.lifetimes.map((option) => (
              <option key={option.days} value={option.days}>
                {option.label}
              </option>
            ))}
          </select>
        </FormField>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {labels.create}
        </button>
        <p className="w-full text-xs text-slate-500">{labels.nameHelp}</p>
      </form>
      {state.message && !state.errors.name ? <FormMessage message={state.message} tone="error" /> : null}
      {created ? (
        <div
          role="status"
          className="flex flex-col gap-2 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900"
          data-testid="created-token"
        >
          <p className="font-medium">{labels.created.replace("{name}", created.name)}</p>
          <div className="flex flex-wrap items-center gap-2">
            <input
              readOnly
              value={created.token}
              aria-label={labels.created.replace("{name}", created.name)}
              className="min-w-0 flex-1 rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
              data-testid="created-token-value"
              onFocus={(event) => event.currentTarget.select()}
            />
            <button
              type="button"
              className="rounded-md border border-green-400 bg-white px-3 py-1"
              onClick={() =>
                void navigator.clipboard?.writeText(created.token).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? labels.copied : labels.copy}
            </button>
          </div>
          <p>{labels.shownOnce}</p>
        </div>
      ) : null}
    </div>
  );
}
