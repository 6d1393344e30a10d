"use client";

import { useActionState, useState, useSyncExternalStore } from "react";

import { routing, type AppLocale } from "@/i18n/routing";
import type { SaveScenarioResult } from "@/lib/capex/saved-scenario";
import { fillTemplate } from "@/lib/template";

import type { CapexLabels } from "./capex-labels";

type Props = {
  /** The canonical query of the scenario on screen. */
  query: string;
  action: (previous: SaveScenarioResult, formData: FormData) => Promise<SaveScenarioResult>;
  labels: CapexLabels;
  locale: AppLocale;
};

const noSubscription = () => () => {};

/**
 * "Save" with a name: stores the scenario (server action) and shows its short link: /s/<id> in
 * Chinese (the proxy then picks each visitor's language, Chinese for a link-preview crawler), and
 * /en/s/<id> for an English reader, so the link and its preview stay in English.
 */
export function SaveScenarioForm({ query, action, labels, locale }: Props) {
  const [result, formAction, pending] = useActionState(action, { status: "idle" });
  const [name, setName] = useState("");
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const [copied, setCopied] = useState(false);
  const error =
    result.status === "invalid"
      ? labels[`error_${result.error}`]
      : result.status === "failed"
        ? labels.error_failed
        : result.status === "limited"
          ? fillTemplate(labels.error_limited, { minutes: Math.ceil(result.retryAfterSeconds / 60) })
          : null;
  const localePrefix = locale === routing.defaultLocale ? "" : `/${locale}`;
  const shortPath = result.status === "saved" ? `${localePrefix}/s/${result.id}` : null;

  return (
    <form
      action={formAction}
      className="print-hidden rounded-lg border border-slate-200 bg-white p-4"
      data-testid="save-scenario"
    >
      <h2 className="font-semibold">{labels.saveTitle}</h2>
      <input type="hidden" name="query" value={query} />
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm text-slate-600">
          {labels.saveName}
          <input
            type="text"
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "save-scenario-error" : undefined}
            className="rounded-md border border-slate-300 px-2 py-1.5 text-slate-900"
          />
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-accent px-4 py-1.5 text-sm text-white disabled:opacity-60"
        >
          {pending ? labels.saving : labels.save}
        </button>
      </div>
      {error ? (
        <p id="save-scenario-error" role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {result.status === "saved" && shortPath ? (
        <p role="status" className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span>{fillTemplate(labels.savedLink, { name: result.name })}</span>
          <a href={shortPath} data-testid="short-link" className="font-mono text-accent underline">
            {origin + shortPath}
          </a>
          <button
            type="button"
            className="rounded-md border border-slate-300 px-2 py-0.5 text-xs"
            onClick={async () => {
              await navigator.clipboard.writeText(window.location.origin + shortPath);
              setCopied(true);
            }}
          >
            {copied ? labels.linkCopied : labels.copyLink}
          </button>
        </p>
      ) : null}
    </form>
  );
}
