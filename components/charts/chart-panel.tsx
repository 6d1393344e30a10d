"use client";

import { parseAsArrayOf, parseAsString, useQueryState } from "nuqs";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";

import { useDarkMode } from "@/components/layout/use-dark-mode";
import { usePrinting } from "@/components/layout/use-printing";
import type { AppLocale } from "@/i18n/routing";
import { columnDigits } from "@/lib/charts/data-table";
import type { ChartPanelLabels } from "@/lib/charts/panel-labels";
import type { ExportTable } from "@/lib/export/csv";
import { formatFixed } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import { EDIT_URL_OPTIONS } from "@/lib/url-state/options";

import type { PanelContent } from "../exports/native-chart";
import { ExportToolbar } from "./export-toolbar";
import { LazyChartCanvas } from "./lazy-chart-canvas";

export type { ChartPanelLabels } from "@/lib/charts/panel-labels";
/** The rows the chart shows, as a table: its Table tab and its CSV. */
export type ChartTable = ExportTable;

/** The panels shown as tables (?table=capex-by-company,capex-plans), written as an edit (replacing the history entry). */
const TABLES_PARAM = parseAsArrayOf(parseAsString).withDefault([]).withOptions(EDIT_URL_OPTIONS);

/** Below this width (CSS px) a chart wraps long category labels onto lines. */
const NARROW_PX = 480;

/** What the panel shows (the fields the exports carry too: PanelContent), and how the page draws it. */
type Props = PanelContent & {
  labels: ChartPanelLabels;
  locale: AppLocale;
  /** The chart box's height in CSS px: the server renders the box, the browser the chart. */
  height: number;
  /** What the chart shows, in a sentence, for its accessible name (default: the subtitle). */
  description?: string;
  /** Whether the caveats (`notes`, the exported PNG's footnotes) show under the chart too (false: the page shows them elsewhere). */
  notesOnScreen?: boolean;
  /** The view's query when the address bar follows the state after a pause (see ExportToolbar), or a function read when a link is made. */
  query?: string | (() => string);
  /** The view whose server-built exports (PowerPoint, Excel) include this panel, by its id. */
  exportView?: "capex" | "models" | "training";
};

/**
 * A chart with its title, the state in words, Chart | Table tabs, the export and share actions, its
 * caveats and its source. Every chart on every view sits in one, so they look and export alike.
 * The canvas loads after first paint into a box of its final size; the table is server-rendered.
 */
export function ChartPanel({
  id,
  title,
  subtitle,
  source,
  fileBase,
  table,
  labels,
  locale,
  spec,
  height,
  description,
  notes = [],
  notesOnScreen = true,
  scenarioName,
  query,
  exportView,
}: Props) {
  // Chart | Table is in the URL (?table=<panel id>,…), so a shared link, a reload and Back show what the reader saw.
  const [tables, setTables] = useQueryState("table", TABLES_PARAM);
  const tab = tables.includes(id) ? "table" : "chart";
  const setTab = (next: "chart" | "table") => {
    const others = tables.filter((panel) => panel !== id);
    void setTables(next === "table" ? [...others, id] : others.length > 0 ? others : null);
  };
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  // Print uses the light palette whatever the screen's theme (the page's CSS does the same).
  const darkScreen = useDarkMode();
  const printing = usePrinting();
  const dark = darkScreen && !printing;
  const [box, narrow] = useNarrow();
  const config = useMemo(
    () => spec.build({ medium: "screen", theme: dark ? "dark" : "light", narrow, locale }),
    [spec, dark, narrow, locale],
  );
  const ariaLabel = fillTemplate(labels.chartAlt, {
    kind: labels[`kind_${spec.kind}`],
    title,
    description: description ?? subtitle,
  });

  const select = (next: "chart" | "table") => {
    setTab(next);
    tabs.current[next === "chart" ? 0 : 1]?.focus();
  };
  const onTabKey = (event: KeyboardEvent) => {
    const next = { ArrowLeft: "chart", ArrowRight: "table", Home: "chart", End: "table" }[event.key] as
      "chart" | "table" | undefined;
    if (!next) return;
    event.preventDefault();
    // Two tabs: either arrow moves to the other one.
    select(event.key.startsWith("Arrow") ? (tab === "chart" ? "table" : "chart") : next);
  };
  const tabClass =
    "min-h-11 border-b-2 px-3 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent aria-selected:border-accent aria-selected:font-medium aria-selected:text-slate-900 @2xl:min-h-9 border-transparent text-slate-600 hover:text-slate-900";

  return (
    <figure
      id={id}
      data-testid={`chart-${id}`}
      data-chart-panel=""
      aria-labelledby={`${id}-title`}
      className="@container rounded-lg border border-slate-200 bg-white p-4 print:break-inside-avoid"
    >
      <div className="min-w-0">
        <h2 id={`${id}-title`} className="font-semibold">
          {title}
        </h2>
        {scenarioName ? (
          <p className="text-sm font-medium text-accent" data-testid="chart-scenario-name">
            {fillTemplate(labels.savedScenarioLine, { name: scenarioName })}
          </p>
        ) : null}
        {subtitle ? <p className="text-sm text-slate-600">{subtitle}</p> : null}
      </div>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <div
          role="tablist"
          aria-label={fillTemplate(labels.viewAs, { title })}
          onKeyDown={onTabKey}
          className="print-hidden flex border-b border-slate-200"
        >
          {(["chart", "table"] as const).map((name, index) => (
            <button
              key={name}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`${id}-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => select(name)}
              className={`-mb-px ${tabClass}`}
            >
              {name === "chart" ? labels.tabChart : labels.tabTable}
            </button>
          ))}
        </div>
        <ExportToolbar
          title={title}
          subtitle={subtitle}
          source={source}
          fileBase={fileBase}
          table={table}
          labels={labels}
          locale={locale}
          query={query}
          panelId={id}
          chart={{ spec, notes, scenarioName }}
          exportOf={exportView ? { view: exportView, panel: id } : undefined}
        />
      </div>
      <div
        role="tabpanel"
        id={`${id}-chart`}
        aria-labelledby={`${id}-tab-chart`}
        hidden={tab !== "chart"}
        className="relative"
      >
        <div ref={box} style={{ height }} data-testid={`${id}-canvas-box`}>
          <LazyChartCanvas config={config} ariaLabel={ariaLabel} />
        </div>
      </div>
      <div
        role="tabpanel"
        id={`${id}-table`}
        aria-labelledby={`${id}-tab-table`}
        hidden={tab !== "table"}
        tabIndex={0}
        className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-accent"
      >
        <DataTable table={table} locale={locale} caption={fillTemplate(labels.tableCaption, { title })} />
      </div>
      {/* Without JavaScript there is no chart and no tab to click: the table takes the chart's place.
          Layered, since Tailwind's [hidden]{display:none!important} sits in @layer base, and an
          !important in a layer beats any unlayered one; in the same layer the id selector wins. */}
      <noscript>
        <style>{`@layer base{#${id}-table{display:block!important}#${id}-chart,#${id} [role=tablist],#${id} [data-export-toolbar]{display:none!important}}`}</style>
      </noscript>
      <figcaption className="mt-2 space-y-0.5 text-xs text-slate-500">
        {notesOnScreen ? notes.map((note) => <p key={note}>{fillTemplate(labels.noteLabel, { note })}</p>) : null}
        <p>{fillTemplate(labels.sourceLine, { source })}</p>
      </figcaption>
    </figure>
  );
}

/** The chart's values: numbers right-aligned at one precision per column, the first column naming each row. */
function DataTable({ table, locale, caption }: { table: ChartTable; locale: AppLocale; caption: string }) {
  const digits = table.headers.map((_, column) => columnDigits(table.rows, column));
  const cell = (value: string | number | null, column: number) =>
    typeof value === "number" ? formatFixed(value, locale, digits[column] ?? 0) : (value ?? "—");
  const align = (column: number) => (digits[column] === null ? "text-left" : "text-right tabular-nums");
  return (
    <table className="mt-2 min-w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-slate-600">
          {table.headers.map((header, column) => (
            <th key={header} scope="col" className={`px-2 py-1.5 font-medium ${align(column)}`}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="border-b border-slate-100">
            {row.map((value, column) =>
              column === 0 ? (
                <th key={column} scope="row" className={`px-2 py-1.5 font-normal ${align(column)}`}>
                  {cell(value, column)}
                </th>
              ) : (
                <td key={column} className={`px-2 py-1.5 ${align(column)}`}>
                  {cell(value, column)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A ref for the chart box and whether it is narrow (measured in the browser; the server assumes wide). */
function useNarrow(): [(element: HTMLDivElement | null) => void, boolean] {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setNarrow(entry.contentRect.width < NARROW_PX);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, narrow];
}
