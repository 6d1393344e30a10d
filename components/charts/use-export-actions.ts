"use client";

import { useEffect, useState } from "react";

import { useExportDataVersion } from "@/components/versions/data-version-context";
import type { AppLocale } from "@/i18n/routing";
import type { ChartPanelLabels } from "@/lib/charts/panel-labels";
import type { ExportFormat } from "@/lib/charts/tokens";
import { buildCsv, type ExportTable } from "@/lib/export/csv";
import { dataVersionLines, pinnedUrl, type DataVersionStamp } from "@/lib/export/data-version";
import { exportHref } from "@/lib/export/export-path";
import { embedSnippet, linkAsHtml, shareableUrl } from "@/lib/export/share-url";
import { formatDate } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import { DATA_VERSION_PARAM } from "@/lib/url-state/data-version";

import type { ChartSpec } from "./chart-config";

/** What a chart adds to a table's exports: its PNG (drawn from the spec), caveats and saved scenario. */
export type ExportedChart = {
  spec: ChartSpec;
  /** Caveats, as footnotes in the PNG. */
  notes: string[];
  /** A saved scenario's name, when the view shows one. */
  scenarioName?: string | null;
};

export type ExportSubject = {
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
  /** The view's query, for views whose address bar follows their state after a pause. */
  query?: string | (() => string);
  chart?: ExportedChart;
  /** The view and panel id of a chart with PowerPoint, Excel and SVG exports (built on the server from the state's query). */
  exportOf?: { view: string; panel: string };
  /** The chart panel's id: an embed shows that panel alone (?panel=). */
  panelId?: string;
  /** Caveats of a table without a chart: lines of its CSV. */
  notes?: string[];
};

export type ExportAction = {
  id: "png" | "copy-image" | "csv" | "pptx" | "xlsx" | "svg" | "link" | "embed";
  label: string;
  run: () => void;
  /** A plain download link instead of a script (the server builds the file). */
  href?: string;
};
export type ExportStatus = { text: string; manualCopy?: string } | null;

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

/** The iframe's first height, until the embed reports its own (public/embed.js): the panel and the signature. */
function embedHeight(panelId: string | undefined): number {
  const panel = panelId ? document.getElementById(panelId) : null;
  return (panel?.offsetHeight ?? 480) + 72;
}

/**
 * The export actions of a chart or table and their state: Download PNG and Copy image in the chosen
 * size, Download CSV, Copy link (the bare URL as text, title + link as rich text) and Embed (the
 * iframe snippet). Results are announced through `status`.
 */
export function useExportActions({
  title,
  subtitle,
  source,
  fileBase,
  table,
  labels,
  locale,
  query,
  chart,
  exportOf,
  panelId,
  notes,
}: ExportSubject) {
  const [status, setStatus] = useState<ExportStatus>(null);
  const [format, setFormat] = useState<ExportFormat>("slide");
  const [embedOpen, setEmbedOpen] = useState(false);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), status.manualCopy ? STATUS_MS * 5 : STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  // Every link and file names the data version the view shows (lib/export/data-version.ts).
  const dataVersion = useExportDataVersion();
  const queryNow = () => (typeof query === "function" ? query() : query);
  const url = () => pinnedUrl(shareableUrl(window.location.href, queryNow()), dataVersion);
  const pngName = `${fileBase}${format === "document" ? "-document" : ""}.png`;

  const renderPng = (): Promise<Blob> => {
    if (!chart) return Promise.reject(new Error("This toolbar has no chart"));
    // The PNG renderer (canvas layout, CJK font stacks, text chunks) loads on the first export, not with the page.
    return import("./export-png").then(({ renderChartPng }) =>
      renderChartPng(
        chart.spec,
        {
          title,
          subtitle,
          scenarioLine: chart.scenarioName
            ? fillTemplate(labels.savedScenarioLine, { name: chart.scenarioName })
            : undefined,
          notes: chart.notes.map((note) => fillTemplate(labels.noteLabel, { note })),
          source: fillTemplate(labels.sourceLine, { source }),
          url: url(),
          date: today(locale),
          brand: labels.brand,
          locale,
        },
        format,
      ),
    );
  };

  const downloadPng = async () => {
    try {
      download(await renderPng(), pngName);
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
        download(await png, pngName);
        setStatus({ text: labels.imageDownloaded });
      } catch {
        setStatus({ text: labels.exportFailed });
      }
    }
  };

  const downloadCsv = () => {
    const csv = buildCsv({
      ...table,
      source,
      sourceLabel: labels.sourceLabel,
      state: { label: labels.csvStateLabel, text: subtitle },
      notes: { label: labels.csvNoteLabel, texts: [...(chart?.notes ?? []), ...(notes ?? [])] },
      closingLines: dataVersionLines(dataVersion, url()),
    });
    download(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${fileBase}.csv`);
  };

  const copyLink = async () => {
    const link = url();
    try {
      // The bare URL as plain text (it works pasted into an address bar); the titled link for rich-text editors.
      const item = new ClipboardItem({
        "text/plain": new Blob([link], { type: "text/plain" }),
        "text/html": new Blob([linkAsHtml(title, link)], { type: "text/html" }),
      });
      await navigator.clipboard.write([item]).catch(() => navigator.clipboard.writeText(link));
      setStatus({ text: labels.linkCopied });
    } catch {
      setStatus({ text: labels.linkCopyFailed, manualCopy: link });
    }
  };

  const toggleEmbed = () => setEmbedOpen((open) => !open);
  // Rebuilt on every render while open, so it follows the state (the panel only opens in the browser).
  const embedCode = embedOpen
    ? embedSnippet({ url: url(), title: `${title} · ${labels.brand}`, height: embedHeight(panelId), panel: panelId })
    : null;

  const copyEmbedCode = async () => {
    if (!embedCode) return;
    try {
      await navigator.clipboard.writeText(embedCode);
      setStatus({ text: labels.codeCopied });
    } catch {
      setStatus({ text: labels.codeCopyFailed });
    }
  };

  const chartOnly = (action: ExportAction): ExportAction[] => (chart ? [action] : []);
  const serverExports: ExportAction[] = exportOf
    ? (["pptx", "xlsx", "svg"] as const).map((type) => ({
        id: type,
        label: labels.exports[type],
        run: () => undefined,
        // The view's own query (the state the panel shows), as Copy link uses it; read at render, as an
        // href must be (the panels with these exports pass their query as a string).
        href: exportHref(exportOf.view, exportOf.panel, type, locale, pinnedQuery(queryNow() ?? "", dataVersion)),
      }))
    : [];
  const actions: ExportAction[] = [
    ...chartOnly({ id: "png", label: labels.downloadPng, run: downloadPng }),
    ...chartOnly({ id: "copy-image", label: labels.copyImage, run: copyImage }),
    { id: "csv", label: labels.downloadCsv, run: downloadCsv },
    ...serverExports,
    { id: "link", label: labels.copyLink, run: copyLink },
    ...chartOnly({ id: "embed", label: labels.embed, run: toggleEmbed }),
  ];

  return { actions, status, format, setFormat, embedCode, copyEmbedCode };
}

/** The view's query pinned to the data version the page shows (`v=` last), as the files' links carry it. */
function pinnedQuery(query: string, stamp: DataVersionStamp | null): string {
  const params = new URLSearchParams(query);
  params.delete(DATA_VERSION_PARAM);
  if (stamp) params.set(DATA_VERSION_PARAM, String(stamp.version));
  return params.toString();
}
