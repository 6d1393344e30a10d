import type { ChartConfig, ChartSpec } from "@/components/charts/chart-config";
import type { AppLocale } from "@/i18n/routing";
import { columnDigits } from "@/lib/charts/data-table";
import type { ExportTable } from "@/lib/export/csv";
import type { CellOrigins, ExportPanel, NativeChart, PanelWords } from "@/lib/export/model";

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

type Dataset = {
  label?: string;
  data: unknown[];
  backgroundColor?: unknown;
  borderColor?: unknown;
  showLine?: boolean;
  datalabels?: { formatter?: (value: unknown, context: never) => string };
};

type Axis = { type?: string; stacked?: boolean; title?: { display?: boolean; text?: string | string[] } };

const HEX_COLOUR = /^#[0-9a-f]{6}/i;

/** The first #rrggbb colour among the candidates (a hollow marker's fill is "transparent": its outline names it). */
function firstColour(...candidates: unknown[]): string {
  for (const value of candidates) {
    const colour = Array.isArray(value) ? value[0] : value;
    if (typeof colour === "string" && HEX_COLOUR.test(colour)) return colour;
  }
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
    plugins?: {
      legend?: {
        labels?: { generateLabels?: () => { datasetIndex?: number; fillStyle?: unknown; strokeStyle?: unknown }[] };
      };
    };
  };
  const datasets = config.data.datasets as unknown as Dataset[];
  const swatches = options.plugins?.legend?.labels?.generateLabels?.() ?? [];
  const colourOf = (dataset: Dataset, index: number) => {
    const swatch = swatches.find((candidate) => candidate.datasetIndex === index);
    return firstColour(swatch?.fillStyle, dataset.backgroundColor, swatch?.strokeStyle, dataset.borderColor);
  };
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
      return {
        name: dataset.label ?? "",
        colour: colourOf(dataset, index),
        values,
        labelled: Boolean(dataset.datalabels?.formatter),
      };
    });
    return {
      ...common,
      kind: "scatter",
      categories: [],
      xValues,
      series,
      digits: labelDigits(datasets) ?? digitsOf(allValues),
    };
  }
  const series = datasets.map((dataset, index) => {
    const values = dataset.data.map((value) => (typeof value === "number" && Number.isFinite(value) ? value : null));
    allValues.push(...values.filter((value): value is number => value !== null));
    return {
      name: dataset.label ?? "",
      colour: colourOf(dataset, index),
      values,
      labelled: Boolean(dataset.datalabels?.formatter),
    };
  });
  const categories = (config.data.labels ?? []).map((label) =>
    Array.isArray(label) ? label.join(" ") : String(label),
  );
  const dots = config.type === "line" && datasets.every((dataset) => dataset.showLine === false);
  return {
    ...common,
    kind: dots ? "dots" : "bar",
    categories,
    xValues: [],
    series,
    digits: labelDigits(datasets) ?? digitsOf(allValues),
  };
}

/** The decimals of the page's own value labels (its formatter on the first value), as the exported PNG prints them. */
function labelDigits(datasets: Dataset[]): number | null {
  for (const dataset of datasets) {
    const formatter = dataset.datalabels?.formatter;
    const value = dataset.data.find((entry) => entry !== null && entry !== undefined);
    if (!formatter || value === undefined) continue;
    const text = formatter(typeof value === "object" ? (value as { y: number }).y : value, {} as never);
    return /\.(\d+)\s*$/.exec(text)?.[1]?.length ?? 0;
  }
  return null;
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

/** A panel's export model with the page's chart itself, for the files drawn from it (the SVG). */
export type ChartExportPanel = ExportPanel & { spec: ChartSpec };

/** A panel's export model: its words labelled, its chart as data (built for a slide, on white), its figures' origins. */
export function exportPanel(
  content: PanelContent,
  origins: CellOrigins,
  words: PanelWords,
  locale: AppLocale,
): ChartExportPanel {
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
    spec: content.spec,
    fileBase: content.fileBase,
  };
}
