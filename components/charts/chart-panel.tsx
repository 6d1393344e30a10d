"use client";

import type { ReactNode } from "react";
import type { AppLocale } from "@/i18n/routing";
import type { ExportTable } from "@/lib/export/csv";
import { formatDecimal } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { ChartHandle } from "./chart-handle";
import { ExportToolbar, type ChartPanelLabels } from "./export-toolbar";

export type { ChartPanelLabels } from "./export-toolbar";
/** The rows the chart shows, as a table: the accessible twin and the CSV. */
export type ChartTable = ExportTable;

type Props = {
  /** The handle its LazyChartCanvas attaches to (useChartHandle), for PNG and Copy image. */
  chart: ChartHandle;
  id: string;
  title: string;
  /** The view's state in words, e.g. "Preset: guidance · Apple +10%". */
  subtitle: string;
  source: string;
  /** File name without extension, from lib/export/file-name.ts. */
  fileBase: string;
  table: ChartTable;
  labels: ChartPanelLabels;
  locale: AppLocale;
  /** The view's query when the address bar follows the state after a pause (see ExportToolbar). */
  query?: string;
  /** A box of the chart's final size holding a LazyChartCanvas: the server renders the box, the browser the chart. */
  children: ReactNode;
};

/**
 * A chart with its title, caption, toolbar (PNG, copy image, CSV, copy link) and data table.
 * Used by every chart on every view so that exports look the same everywhere.
 */
export function ChartPanel({ chart, id, title, subtitle, source, fileBase, table, labels, locale, query, children }: Props) {
  return (
    <figure id={id} data-testid={`chart-${id}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 className="font-semibold">{title}</h2>
          {subtitle ? <p className="text-sm text-slate-600">{subtitle}</p> : null}
        </div>
        <ExportToolbar title={title} subtitle={subtitle} source={source} fileBase={fileBase} table={table} labels={labels} locale={locale} loadChart={chart.whenReady} query={query} />
      </div>
      <div className="relative">{children}</div>
      <figcaption className="mt-2 text-xs text-slate-500">{fillTemplate(labels.sourceLine, { source })}</figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-600">{labels.showData}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-left text-xs">
            <thead>
              <tr>
                {table.headers.map((header) => (
                  <th key={header} scope="col" className="border-b border-slate-200 px-2 py-1 font-medium">{header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((value, cellIndex) => (
                    <td key={cellIndex} className="border-b border-slate-100 px-2 py-1 tabular-nums">
                      {typeof value === "number" ? formatDecimal(value, locale, 3) : value ?? "—"}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
