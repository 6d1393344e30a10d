"use client";

import type { ChartOptions } from "chart.js";
import { memo } from "react";
import { useChartHandle } from "@/components/charts/chart-handle";
import { ChartPanel, type ChartPanelLabels } from "@/components/charts/chart-panel";
import { LazyChartCanvas } from "@/components/charts/lazy-chart-canvas";
import type { AppLocale } from "@/i18n/routing";
import { SENSITIVITY_PERCENTS, uniformGrowthTotals, type CapexScenarioOutcome } from "@/lib/capex/scenario";
import { exportFileBase } from "@/lib/export/file-name";
import { formatPercent, formatUsdBn, usdBnInLocaleUnit, usdBnUnitLabel } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { CapexLabels } from "./capex-labels";

const COLOR_2024 = "#94a3b8";
const COLOR_2025 = "#1d4ed8";
const COLOR_NOTE = "#b45309";

type Props = {
  locale: AppLocale;
  outcome: CapexScenarioOutcome;
  companyNames: string[];
  note: { total2024UsdBn: number; growth: number; total2025UsdBn: number };
  /** The scenario in words, e.g. "Company guidance preset, edited: Apple +10%". */
  scenarioInWords: string;
  /** The state's parts for file names (capexFileParts). */
  fileParts: string[];
  /** The state's serialised query, for Copy link and the PNG's URL (the address bar follows edits after nuqs' throttle). */
  query: string;
  labels: CapexLabels;
  chartLabels: ChartPanelLabels;
};

/** The by-company chart: 2024 against 2025 per company, titled with the scenario and its totals. */
export const CapexByCompanyChart = memo(function CapexByCompanyChart({ locale, outcome, companyNames, scenarioInWords, fileParts, query, labels, chartLabels }: Props) {
  const barChart = useChartHandle();
  const unit = usdBnUnitLabel(locale);
  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const percent = (ratio: number) => formatPercent(ratio, locale, { signed: true });
  const moneyAxis = { ticks: { callback: (value: number | string) => usd(Number(value)) } };

  const barOptions: ChartOptions<"bar"> = {
    animation: false,
    maintainAspectRatio: false,
    plugins: {
      legend: { position: "bottom" },
      tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${usd(item.parsed.y ?? 0)}` } },
    },
    scales: { y: { beginAtZero: true, ...moneyAxis } },
  };
  const barTable = {
    headers: [labels.tableCompany, fillTemplate(labels.table2024, { unit }), fillTemplate(labels.table2025, { unit }), labels.tableGrowth],
    rows: [
      ...outcome.companies.map((company, index) => [
        companyNames[index] ?? company.ticker,
        usdBnInLocaleUnit(company.base2024UsdBn, locale),
        usdBnInLocaleUnit(company.value2025UsdBn, locale),
        Math.round(company.growthPercent * 10) / 10,
      ]),
      [labels.total, usdBnInLocaleUnit(outcome.total2024UsdBn, locale), usdBnInLocaleUnit(outcome.total2025UsdBn, locale), Math.round(outcome.totalGrowth * 1000) / 10],
    ],
  };

  return (
    <ChartPanel
      chart={barChart}
      id="capex-by-company"
      title={labels.chartBarsTitle}
      subtitle={fillTemplate(labels.chartBarsSubtitle, {
        scenario: scenarioInWords,
        total2024: usd(outcome.total2024UsdBn),
        total2025: usd(outcome.total2025UsdBn),
        growth: percent(outcome.totalGrowth),
      })}
      source={labels.sourceBars}
      fileBase={exportFileBase("capex-2025", fileParts)}
      table={barTable}
      labels={chartLabels}
      locale={locale}
      query={query}
    >
      <div className="h-72">
        <LazyChartCanvas
          type="bar"
          onChart={barChart.attach}
          options={barOptions}
          data={{
            labels: companyNames,
            datasets: [
              { label: labels.series2024, data: outcome.companies.map((company) => company.base2024UsdBn), backgroundColor: COLOR_2024 },
              { label: labels.series2025, data: outcome.companies.map((company) => company.value2025UsdBn), backgroundColor: COLOR_2025 },
            ],
          }}
        />
      </div>
    </ChartPanel>
  );
});

/** The 2025 total under uniform growth, with the note's point and this scenario's. */
export const CapexSensitivityChart = memo(function CapexSensitivityChart({ locale, outcome, note, scenarioInWords, fileParts, query, labels, chartLabels }: Props) {
  const lineChart = useChartHandle();
  const unit = usdBnUnitLabel(locale);
  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const percent = (ratio: number) => formatPercent(ratio, locale, { signed: true });
  const moneyAxis = { ticks: { callback: (value: number | string) => usd(Number(value)) } };

  const uniform = uniformGrowthTotals(outcome.total2024UsdBn, SENSITIVITY_PERCENTS);
  const notePoint = { x: note.growth * 100, y: note.total2025UsdBn };
  const scenarioPoint = { x: outcome.totalGrowth * 100, y: outcome.total2025UsdBn };
  const lineOptions: ChartOptions<"line"> = {
    animation: false,
    maintainAspectRatio: false,
    plugins: {
      legend: { position: "bottom" },
      tooltip: {
        callbacks: {
          label: (item) => `${item.dataset.label}: ${percent((item.parsed.x ?? 0) / 100)} → ${usd(item.parsed.y ?? 0)}`,
        },
      },
    },
    scales: {
      x: { type: "linear", ticks: { callback: (value) => percent(Number(value) / 100) } },
      y: moneyAxis,
    },
  };
  const round1 = (value: number) => Math.round(value * 10) / 10;
  const lineTable = {
    headers: ["", labels.tableUniform, fillTemplate(labels.tableTotal2025, { unit })],
    rows: [
      ...uniform.map((point) => [labels.seriesUniform, point.percent, usdBnInLocaleUnit(point.total2025UsdBn, locale)]),
      [fillTemplate(labels.tableNoteRow, { noteTotal: usd(note.total2024UsdBn) }), round1(notePoint.x), usdBnInLocaleUnit(notePoint.y, locale)],
      [labels.tableScenarioRow, round1(scenarioPoint.x), usdBnInLocaleUnit(scenarioPoint.y, locale)],
    ],
  };

  return (
    <ChartPanel
      chart={lineChart}
      id="capex-sensitivity"
      title={labels.chartLineTitle}
      subtitle={fillTemplate(labels.chartLineSubtitle, {
        filingsTotal: usd(outcome.total2024UsdBn),
        noteTotal: usd(note.total2025UsdBn),
        scenario: scenarioInWords,
      })}
      source={labels.sourceLine}
      fileBase={exportFileBase("capex-2025-sensitivity", fileParts)}
      table={lineTable}
      labels={chartLabels}
      locale={locale}
      query={query}
    >
      <div className="h-72">
        <LazyChartCanvas
          type="line"
          onChart={lineChart.attach}
          options={lineOptions}
          data={{
            datasets: [
              {
                label: labels.seriesUniform,
                data: uniform.map((point) => ({ x: point.percent, y: point.total2025UsdBn })),
                borderColor: COLOR_2024,
                backgroundColor: COLOR_2024,
                pointRadius: 2,
              },
              { label: labels.seriesNote, data: [notePoint], showLine: false, pointStyle: "rectRot", pointRadius: 8, borderColor: COLOR_NOTE, backgroundColor: COLOR_NOTE },
              { label: labels.seriesScenario, data: [scenarioPoint], showLine: false, pointRadius: 7, borderColor: COLOR_2025, backgroundColor: COLOR_2025 },
            ],
          }}
        />
      </div>
    </ChartPanel>
  );
});

/** Both capex charts side by side: the embedded view (?embed=1). */
export function CapexCharts(props: Props) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <CapexByCompanyChart {...props} />
      <CapexSensitivityChart {...props} />
    </div>
  );
}
