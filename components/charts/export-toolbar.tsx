"use client";

import type { Chart } from "chart.js";
import type { Messages } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { AppLocale } from "@/i18n/routing";
import { buildCsv, type ExportTable } from "@/lib/export/csv";
import { shareableUrl, titledLink } from "@/lib/export/share-url";
import { formatDate } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import { renderChartPng } from "./export-png";

/** Every label the toolbar and the chart panel show (the "ChartPanel" messages); pages get them from getChartPanelLabels(locale). */
export type ChartPanelLabels = Messages["ChartPanel"];

export type ExportToolbarProps = {
  title: string;
  /** The view's state in words, e.g. "Company guidance preset, edited: Apple +10%". */
  subtitle: string;
  source: string;
  /** File name without extension (exportFileBase from view state). */
  fileBase: string;
  /** Exactly the rows shown: the CSV. */
  table: ExportTable;
  labels: ChartPanelLabels;
  locale: AppLocale;
  /** The chart for PNG and Copy image, awaited at click time (it loads after first paint); a table's toolbar has none and offers CSV and the link. */
  loadChart?: () => Promise<Chart>;
  /** The view's query, for views whose address bar follows their state after a pause. */
  query?: string;
};

const STATUS_MS = 6000;

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

/** Today in the viewer's time zone, as the locale writes dates. */
function today(locale: AppLocale): string {
  const now = new Date();
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  return formatDate(iso, locale);
}

/**
 * The export buttons of a chart or table: Download PNG, Copy image, Download CSV, Copy link. One tab
 * stop, arrow keys move between buttons (the ARIA toolbar pattern); results are announced in a
 * polite live region that also shows them.
 */
export function ExportToolbar({ title, subtitle, source, fileBase, table, labels, locale, loadChart, query }: ExportToolbarProps) {
  const [status, setStatus] = useState<{ text: string; manualCopy?: string } | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), status.manualCopy ? STATUS_MS * 5 : STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const url = () => shareableUrl(window.location.href, query);

  const renderPng = async (): Promise<Blob> => {
    if (!loadChart) throw new Error("This toolbar has no chart");
    return renderChartPng(await loadChart(), { title, subtitle, source: fillTemplate(labels.sourceLine, { source }), url: url(), date: today(locale) });
  };

  const downloadPng = async () => {
    try {
      download(await renderPng(), `${fileBase}.png`);
    } catch {
      setStatus({ text: labels.exportFailed });
    }
  };

  const copyImage = async () => {
    // The render runs inside ClipboardItem, so the write starts within the click (Safari requires it).
    const png = renderPng();
    try {
      await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
      setStatus({ text: labels.imageCopied });
    } catch {
      // No clipboard images here (insecure origin, permission, browser): the file is the fallback.
      try {
        download(await png, `${fileBase}.png`);
        setStatus({ text: labels.imageDownloaded });
      } catch {
        setStatus({ text: labels.exportFailed });
      }
    }
  };

  const downloadCsv = () => {
    const csv = buildCsv({ ...table, source, sourceLabel: labels.sourceLabel });
    download(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${fileBase}.csv`);
  };

  const copyLink = async () => {
    const text = titledLink(title, url());
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ text: labels.linkCopied });
    } catch {
      setStatus({ text: labels.linkCopyFailed, manualCopy: text });
    }
  };

  const actions = [
    ...(loadChart
      ? [
          { label: labels.downloadPng, run: downloadPng },
          { label: labels.copyImage, run: copyImage },
        ]
      : []),
    { label: labels.downloadCsv, run: downloadCsv },
    { label: labels.copyLink, run: copyLink },
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = actions.length - 1;
    const next = { ArrowRight: focusIndex + 1, ArrowDown: focusIndex + 1, ArrowLeft: focusIndex - 1, ArrowUp: focusIndex - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + actions.length) % actions.length;
    setFocusIndex(index);
    buttons.current[index]?.focus();
  };

  const button =
    "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent";
  return (
    <div className="print-hidden flex flex-col items-end gap-1">
      <div role="toolbar" aria-label={fillTemplate(labels.toolbar, { title })} aria-orientation="horizontal" onKeyDown={onKeyDown} className="flex flex-wrap justify-end gap-1.5">
        {actions.map((action, index) => (
          <button
            key={action.label}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            tabIndex={index === focusIndex ? 0 : -1}
            onFocus={() => setFocusIndex(index)}
            onClick={action.run}
            className={button}
          >
            {action.label}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite" className="min-h-5 text-right text-xs text-emerald-700">
        {status?.text}
        {status?.manualCopy ? (
          <input readOnly value={status.manualCopy} aria-label={labels.copyLink} onFocus={(event) => event.currentTarget.select()} className="ml-2 w-72 max-w-full rounded border border-slate-300 px-1 text-slate-700" />
        ) : null}
      </div>
    </div>
  );
}
