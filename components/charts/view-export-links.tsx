"use client";

import type { Messages } from "next-intl";
import { useSearchParams } from "next/navigation";

import { useExportDataVersion } from "@/components/versions/data-version-context";
import type { AppLocale } from "@/i18n/routing";
import { exportHref } from "@/lib/export/export-path";
import { DATA_VERSION_PARAM } from "@/lib/url-state/data-version";

/**
 * The view's own exports: the deck (a title slide and one slide per chart) and the workbook (one
 * sheet per chart and an About sheet), as plain links to the server-built files for the address
 * bar's state (re-read as the state changes; the server canonicalises the query), pinned to the
 * data version the page shows (`v=`), so a file made today names the figures it was made with.
 */
export function ViewExportLinks({
  view,
  locale,
  labels,
}: {
  view: "capex" | "models" | "training";
  locale: AppLocale;
  labels: Messages["Exports"];
}) {
  const search = useSearchParams();
  const dataVersion = useExportDataVersion();
  const query = new URLSearchParams(search.toString());
  query.delete("embed");
  query.delete(DATA_VERSION_PARAM);
  if (dataVersion) query.set(DATA_VERSION_PARAM, String(dataVersion.version));
  const link =
    "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent sm:min-h-8";
  return (
    <nav
      aria-label={labels.viewLabel}
      className="print-hidden flex flex-wrap items-center gap-2"
      data-testid="view-exports"
    >
      <span className="text-sm text-slate-600">{labels.viewLabel}</span>
      <a href={exportHref(view, "view", "pptx", locale, query.toString())} download className={link}>
        {labels.deck}
      </a>
      <a href={exportHref(view, "view", "xlsx", locale, query.toString())} download className={link}>
        {labels.workbook}
      </a>
    </nav>
  );
}
