"use client";

import type { Chart } from "chart.js";
import { useState, type ReactNode, type RefObject } from "react";
import type { AppLocale } from "@/i18n/routing";
import { buildCsv } from "@/lib/export/csv";
import { renderChartPng } from "./export-png";

/** Every label the panel shows; pages get them from getChartPanelLabels(locale). */
export type ChartPanelLabels = {
  downloadPng: string;
  copyImage: string;
  downloadCsv: string;
  copyLink: string;
  linkCopied: string;
  imageCopied: string;
  imageDownloaded: string;
  showData: string;
  sourceLabel: string;
  toolbar: string;
};

/** The rows the chart shows, as a table: the accessible twin and the CSV. */
export type ChartTable = { headers: string[]; rows: (string | number | null)[][] };

type Props = {
  /** The react-chartjs-2 chart's ref. */
  chartRef: RefObject<Chart | null>;
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
  children: ReactNode;
};

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function today(locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-CA", { dateStyle: "medium" }).format(new Date());
}

/**
 * A chart with its title, caption, toolbar (PNG, copy image, CSV, copy link) and data table.
 * Used by every chart on every view so that exports look the same everywhere.
 */
export function ChartPanel({ chartRef, id, title, subtitle, source, fileBase, table, labels, locale, children }: Props) {
  const [status, setStatus] = useState("");
  const numberFormat = new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 3 });

  const pngMeta = () => ({ title, subtitle, source: `${labels.sourceLabel}: ${source}`, url: window.location.href, date: today(locale) });

  const downloadPng = async () => {
    const chart = chartRef.current;
    if (!chart) return;
    download(await renderChartPng(chart, pngMeta()), `${fileBase}.png`);
  };

  const copyImage = async () => {
    const chart = chartRef.current;
    if (!chart) return;
    const blob = await renderChartPng(chart, pngMeta());
    try {
      await navigator.clipboard.write([new ClipboardItem({ "image/png": blob })]);
      setStatus(labels.imageCopied);
    } catch {
      // Clipboard images need a secure context and permission; the file is the fallback.
      download(blob, `${fileBase}.png`);
      setStatus(labels.imageDownloaded);
    }
  };

  const downloadCsv = () => {
    const csv = buildCsv({ ...table, source, sourceLabel: labels.sourceLabel });
    download(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${fileBase}.csv`);
  };

  const copyLink = async () => {
    await navigator.clipboard.writeText(`${title} — ${window.location.href}`);
    setStatus(labels.linkCopied);
  };

  const button = "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent";
  return (
    <figure id={id} data-testid={`chart-${id}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="font-semibold">{title}</h2>
          {subtitle ? <p className="text-sm text-slate-600">{subtitle}</p> : null}
        </div>
        <div role="toolbar" aria-label={labels.toolbar} className="print-hidden flex flex-wrap gap-1.5">
          <button type="button" className={button} onClick={downloadPng}>{labels.downloadPng}</button>
          <button type="button" className={button} onClick={copyImage}>{labels.copyImage}</button>
          <button type="button" className={button} onClick={downloadCsv}>{labels.downloadCsv}</button>
          <button type="button" className={button} onClick={copyLink}>{labels.copyLink}</button>
        </div>
      </div>
      <p role="status" aria-live="polite" className="min-h-5 text-xs text-emerald-700">{status}</p>
      <div className="relative">{children}</div>
      <figcaption className="mt-2 text-xs text-slate-500">
        {labels.sourceLabel}: {source}
      </figcaption>
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
                      {typeof value === "number" ? numberFormat.format(value) : value ?? "—"}
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
