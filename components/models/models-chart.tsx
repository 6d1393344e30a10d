"use client";

import type { ChartOptions } from "chart.js";
import { useChartHandle } from "@/components/charts/chart-handle";
import { ChartPanel, type ChartPanelLabels } from "@/components/charts/chart-panel";
import { LazyChartCanvas } from "@/components/charts/lazy-chart-canvas";
import type { AppLocale } from "@/i18n/routing";
import type { ExportTable } from "@/lib/export/csv";
import { formatDecimal } from "@/lib/format";
import type { ModelsBarChart } from "@/lib/models/chart-spec";

type Props = {
  id: string;
  title: string;
  subtitle: string;
  source: string;
  fileBase: string;
  table: ExportTable;
  panelLabels: ChartPanelLabels;
  locale: AppLocale;
  chart: ModelsBarChart;
  /** The view's serialised query, for Copy link and the PNG's URL. */
  query: string;
};

/** Log-axis labels only at 1, 2, 5 × 10ⁿ, so the axis stays legible. */
function isRoundLogTick(value: number): boolean {
  const leading = value / 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5].some((digit) => Math.abs(leading - digit) < 1e-9);
}

/** A bar chart of the Models view (the data comes prepared from the server) inside the shared ChartPanel. */
export function ModelsChart({ id, title, subtitle, source, fileBase, table, panelLabels, locale, chart, query }: Props) {
  const handle = useChartHandle();
  const valueAxis = chart.horizontalLog
    ? { type: "logarithmic" as const, title: { display: true, text: chart.valueAxisTitle }, ticks: { callback: (value: string | number) => (isRoundLogTick(Number(value)) ? formatDecimal(Number(value), locale, 1) : "") } }
    : { type: "linear" as const, beginAtZero: true, stacked: chart.stacked, title: { display: true, text: chart.valueAxisTitle }, ticks: { precision: 0 } };
  const categoryAxis = { type: "category" as const, stacked: chart.stacked, ticks: { autoSkip: false } };
  const options: ChartOptions<"bar"> = {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: chart.horizontalLog ? "y" : "x",
    plugins: { legend: { display: chart.datasets.length > 1, position: "bottom" } },
    scales: chart.horizontalLog ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
  };
  const data = {
    labels: chart.categories,
    datasets: chart.datasets.map((dataset) => ({ label: dataset.label, data: dataset.data, backgroundColor: dataset.color })),
  };
  return (
    <ChartPanel chart={handle} id={id} title={title} subtitle={subtitle} source={source} fileBase={fileBase} table={table} labels={panelLabels} locale={locale} query={query}>
      <div style={{ height: chart.height }}>
        <LazyChartCanvas type="bar" onChart={handle.attach} data={data} options={options} />
      </div>
    </ChartPanel>
  );
}
