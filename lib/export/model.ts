import type { ChartConfig, ChartSpec } from "@/components/charts/chart-config";
import type { AppLocale } from "@/i18n/routing";
import { columnDigits } from "@/lib/charts/data-table";
import type { FigureOrigin } from "@/lib/figures/origin";
import { formatFixed } from "@/lib/format";

import type { ExportTable } from "./csv";

/**
 * The export model: one chart panel as the PowerPoint, Excel and SVG files show it, built from the
 * same content the page's ChartPanel is given (title, state in words, table, caveats, source, chart
 * spec), plus where each figure comes from. Nothing here re-derives a label or a number.
 */

/** What a chart panel shows, as the page's ChartPanel takes it. */
export type PanelContent = {
  id: string;
  title: string;
  subtitle: string;
  source: string;
  notes?: string[];
  scenarioName?: string | null;
  fileBase: string;
  table: ExportTable;
  spec: ChartSpec;
};

/** The origin of each cell of a panel's table (null where the cell is a name, not a figure). */
export type CellOrigins = (FigureOrigin | null)[][];

/**
 * Which state an export shows and where it lives: the canonical query of the view's state and the
 * view's shareable URL for it, and the day it was made. Every file prints these; a data version
 * (#28) belongs here too.
 */
export type ExportLink = { query: string; url: string; date: string };

/** A native chart's data: categories and series for a bar or dot chart, or x/y points for a scatter. */
export type NativeChart = {
  kind: "bar" | "dots" | "scatter";
  horizontal: boolean;
  stacked: boolean;
  log: boolean;
  categories: string[];
  /** For a scatter: the x of every point, shared by all series (null where a series has no point). */
  xValues: number[];
  series: { name: string; colour: string; values: (number | null)[] }[];
  valueAxisTitle: string;
  categoryAxisTitle: string;
  /** Decimals of the value labels (as many as the most precise value needs, at most 2). */
  digits: number;
};

/** The labelled words of one panel's export, in the page's language. */
export type PanelWords = {
  noteLabel: (note: string) => string;
  sourceLine: (source: string) => string;
  scenarioLine: (name: string) => string;
  origin: Record<FigureOrigin, string>;
};

export type ExportPanel = {
  id: string;
  title: string;
  scenarioLine: string | null;
  subtitle: string;
  /** Caveats, labelled ("注：…"). */
  notes: string[];
  /** "资料来源：…", labelled. */
  source: string;
  table: ExportTable;
  origins: CellOrigins;
  chart: NativeChart;
  fileBase: string;
};

type Dataset = {
  label?: string;
  data: unknown[];
  backgroundColor?: unknown;
  borderColor?: unknown;
  showLine?: boolean;
};

type Axis = { type?: string; stacked?: boolean; title?: { display?: boolean; text?: string | string[] } };

function firstColour(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return "#64748b";
}

function axisTitle(axis: Axis | undefined): string {
  const text = axis?.title?.display ? axis.title.text : undefined;
  return Array.isArray(text) ? text.join(" ") : (text ?? "");
}

/**
 * The chart the page draws (its Chart.js configuration, built for a slide) as a native chart's data:
 * the same categories, series and values; each series in its legend swatch's colour where the legend
 * explains the colours (a company's shade), else its own.
 */
export function nativeChart(config: ChartConfig): NativeChart {
  const options = config.options as {
    indexAxis?: "x" | "y";
    scales?: Record<string, Axis>;
    plugins?: { legend?: { labels?: { generateLabels?: () => { datasetIndex?: number; fillStyle?: unknown }[] } } };
  };
  const datasets = config.data.datasets as unknown as Dataset[];
  const swatches = options.plugins?.legend?.labels?.generateLabels?.() ?? [];
  const colourOf = (dataset: Dataset, index: number) =>
    firstColour(swatches.find((swatch) => swatch.datasetIndex === index)?.fillStyle ?? dataset.backgroundColor);
  const horizontal = options.indexAxis === "y";
  const scales = options.scales ?? {};
  const valueAxis = horizontal ? scales.x : scales.y;
  const categoryAxis = horizontal ? scales.y : scales.x;
  const isPoint = (value: unknown): value is { x: number; y: number } =>
    typeof value === "object" && value !== null && "x" in value;
  const scatter = datasets.some((dataset) => dataset.data.some(isPoint));
  const allValues: number[] = [];
  const common = {
    horizontal: !scatter && horizontal,
    stacked: Boolean(valueAxis?.stacked),
    log: valueAxis?.type === "logarithmic",
    valueAxisTitle: axisTitle(valueAxis),
    categoryAxisTitle: axisTitle(categoryAxis),
  };
  if (scatter) {
    const xValues = [
      ...new Set(datasets.flatMap((dataset) => dataset.data.filter(isPoint).map((point) => point.x))),
    ].sort((a, b) => a - b);
    const series = datasets.map((dataset, index) => {
      const points = dataset.data.filter(isPoint);
      const values = xValues.map((x) => points.find((point) => point.x === x)?.y ?? null);
      allValues.push(...values.filter((value): value is number => value !== null));
      return { name: dataset.label ?? "", colour: colourOf(dataset, index), values };
    });
    return { ...common, kind: "scatter", categories: [], xValues, series, digits: digitsOf(allValues) };
  }
  const series = datasets.map((dataset, index) => {
    const values = dataset.data.map((value) => (typeof value === "number" && Number.isFinite(value) ? value : null));
    allValues.push(...values.filter((value): value is number => value !== null));
    return { name: dataset.label ?? "", colour: colourOf(dataset, index), values };
  });
  const categories = (config.data.labels ?? []).map((label) =>
    Array.isArray(label) ? label.join(" ") : String(label),
  );
  const dots = config.type === "line" && datasets.every((dataset) => dataset.showLine === false);
  return { ...common, kind: dots ? "dots" : "bar", categories, xValues: [], series, digits: digitsOf(allValues) };
}

function digitsOf(values: number[]): number {
  return (
    columnDigits(
      values.map((value) => [value]),
      0,
      2,
    ) ?? 0
  );
}

/** A panel's export model: its words labelled, its chart as data (built for a slide, on white), its figures' origins. */
export function exportPanel(
  content: PanelContent,
  origins: CellOrigins,
  words: PanelWords,
  locale: AppLocale,
): ExportPanel {
  return {
    id: content.id,
    title: content.title,
    scenarioLine: content.scenarioName ? words.scenarioLine(content.scenarioName) : null,
    subtitle: content.subtitle,
    notes: (content.notes ?? []).map(words.noteLabel),
    source: words.sourceLine(content.source),
    table: content.table,
    origins,
    chart: nativeChart(content.spec.build({ medium: "slide", theme: "light", narrow: false, locale })),
    fileBase: content.fileBase,
  };
}

/** The distinct origins of a row's figures, in the order of its columns, in words ("财报、情景假设"). */
export function rowOriginWords(
  origins: (FigureOrigin | null)[],
  words: Record<FigureOrigin, string>,
  locale: AppLocale,
) {
  const distinct = [...new Set(origins.filter((origin): origin is FigureOrigin => origin !== null))];
  return distinct.map((origin) => words[origin]).join(locale === "zh" ? "、" : ", ");
}

/**
 * What each figure of the panel is, one line per row, for the speaker notes:
 * "微软：2024 年（亿美元）553（财报）；2025 年情景（亿美元）661（情景假设）".
 */
export function figureLines(panel: ExportPanel, words: Record<FigureOrigin, string>, locale: AppLocale): string[] {
  const { headers, rows } = panel.table;
  const digits = headers.map((_, column) => columnDigits(rows, column) ?? 0);
  const [open, close, colon, separator] = locale === "zh" ? ["（", "）", "：", "；"] : [" (", ")", ": ", "; "];
  return rows.map((row, rowIndex) => {
    const figures = row.flatMap((value, column) => {
      const origin = panel.origins[rowIndex]?.[column] ?? null;
      if (typeof value !== "number" || origin === null) return [];
      return [`${headers[column]} ${formatFixed(value, locale, digits[column] ?? 0)}${open}${words[origin]}${close}`];
    });
    return `${String(row[0] ?? "")}${colon}${figures.join(separator)}`;
  });
}
