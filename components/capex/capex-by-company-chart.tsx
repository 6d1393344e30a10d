"use client";

import { memo, useMemo } from "react";

import { chartStyle, wrapLabel, type ChartSpec } from "@/components/charts/chart-config";
import { ChartPanel } from "@/components/charts/chart-panel";
import { markedName } from "@/lib/capex/plan-bases";
import { niceAxisMax } from "@/lib/charts/scale";
import { tint } from "@/lib/charts/tokens";
import { yearSwatches } from "@/lib/charts/year-swatches";
import { exportFileBase } from "@/lib/export/file-name";
import { formatPercent, formatUsdBn, usdBnUnitLabel } from "@/lib/format";
import { fillTemplate } from "@/lib/template";

import { amountIn, sharedPanelProps, type CapexChartProps } from "./capex-chart-props";

/** The by-company panel: 2024 against the 2025 scenario (and what was then spent) per company. */
function useByCompanyPanel(props: CapexChartProps) {
  const { locale, outcome, companyNames: names, note, actual, bases, scenarioInWords, fileParts, labels } = props;
  const hasActual = Object.keys(actual.byTicker).length > 0;
  // A bar not on its actual's basis is marked (Microsoft's plan incl. finance leases, Amazon's net), and the legend says so.
  const companyNames = useMemo(
    () =>
      outcome.companies.map((company, index) =>
        hasActual
          ? markedName(names[index] ?? company.ticker, company.ticker, bases, labels.basisMark)
          : (names[index] ?? company.ticker),
      ),
    [outcome, names, bases, labels, hasActual],
  );
  const unit = usdBnUnitLabel(locale);
  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const percent = (ratio: number) => formatPercent(ratio, locale, { signed: true });
  const { shown } = amountIn(locale);

  const barSpec = useMemo<ChartSpec>(
    () => ({
      kind: "bar",
      build: (context) => {
        const style = chartStyle(context);
        const { palette } = style;
        const { amount, text: amountText } = amountIn(context.locale);
        const usd = (valueBn: number) => formatUsdBn(valueBn, context.locale);
        const colours = outcome.companies.map((company) => palette.company[company.ticker]);
        const series = {
          ...Object.fromEntries(
            outcome.companies.map((company, index) => [`company:${company.ticker}`, colours[index]!]),
          ),
          "role:actual2025": palette.role.actual2025,
        };
        const base = style.base(series);
        const swatches = yearSwatches(palette);
        const values2024 = outcome.companies.map((company) => amount(company.base2024UsdBn));
        const values2025 = outcome.companies.map((company) => amount(company.value2025UsdBn));
        const actualUsdBn = outcome.companies.map((company) => actual.byTicker[company.ticker] ?? null);
        const valuesActual = actualUsdBn.map((value) => (value === null ? null : amount(value)));
        const hasActual = valuesActual.some((value) => value !== null);
        const top = niceAxisMax(
          [...values2024, ...values2025, ...valuesActual.filter((value) => value !== null)],
          style.exporting ? 0.16 : 0.1,
        );
        const valueLabels = style.valueLabels((value) => amountText(Number(value)));
        return {
          type: "bar",
          valueLabels: style.exporting,
          data: {
            labels: companyNames.map((name) => wrapLabel(name, context.narrow)),
            datasets: [
              // Each company in its own colour: light for 2024, full for 2025 (the legend names the series).
              {
                label: labels.series2024,
                data: values2024,
                backgroundColor: colours.map((colour) => tint(colour, palette.surface)),
                borderColor: colours,
                borderWidth: 1,
                pointStyle: "rect",
                datalabels: valueLabels,
              },
              {
                label: labels.series2025,
                data: values2025,
                backgroundColor: colours,
                pointStyle: "rect",
                datalabels: valueLabels,
              },
              // What was then spent, in the one colour that means "actual" on every chart, beside the scenario.
              ...(hasActual
                ? [
                    {
                      label: labels.seriesActual,
                      data: valuesActual,
                      backgroundColor: palette.role.actual2025,
                      pointStyle: "rect" as const,
                      datalabels: valueLabels,
                    },
                  ]
                : []),
            ],
          },
          options: {
            ...base,
            plugins: {
              ...base.plugins,
              // The legend names the series; its swatches stand in for the company colours (lib/charts/year-swatches.ts).
              legend: style.legend(true, [
                style.swatch(labels.series2024, swatches.y2024.fill, "rect", 0, swatches.y2024.stroke),
                style.swatch(labels.series2025, swatches.y2025.fill, "rect", 1),
                ...(hasActual ? [style.swatch(labels.seriesActualTotal, swatches.actual2025.fill, "rect", 2)] : []),
                ...(hasActual && bases.legend ? [style.swatch(bases.legend, "rgba(0,0,0,0)", "line")] : []),
              ]),
              tooltip: {
                ...style.tooltip(),
                callbacks: {
                  label: (item) => {
                    const company = outcome.companies[item.dataIndex];
                    if (!company) return "";
                    const value =
                      [company.base2024UsdBn, company.value2025UsdBn, actualUsdBn[item.dataIndex] ?? null][
                        item.datasetIndex
                      ] ?? null;
                    return value === null ? "" : `${item.dataset.label}: ${usd(value)}`;
                  },
                },
              },
            },
            scales: {
              x: { ...style.axis({ grid: false }), ticks: style.categoryTicks({ all: true }) },
              y: {
                ...style.axis({ title: fillTemplate(labels.axisCapex, { unit: usdBnUnitLabel(context.locale) }) }),
                beginAtZero: true,
                max: top.max,
                ticks: { ...style.axis().ticks, stepSize: top.step, callback: (value) => amountText(Number(value)) },
              },
            },
          },
        };
      },
    }),
    [outcome, companyNames, actual, labels, bases],
  );

  const barTable = {
    headers: [
      labels.tableCompany,
      fillTemplate(labels.table2024, { unit }),
      fillTemplate(labels.table2025, { unit }),
      labels.tableGrowth,
      fillTemplate(labels.tableActual, { unit }),
    ],
    rows: [
      ...outcome.companies.map((company, index) => {
        const actualUsdBn = actual.byTicker[company.ticker];
        return [
          companyNames[index] ?? company.ticker,
          shown(company.base2024UsdBn),
          shown(company.value2025UsdBn),
          Math.round(company.growthPercent * 10) / 10,
          actualUsdBn === undefined ? null : shown(actualUsdBn),
        ];
      }),
      [
        labels.total,
        shown(outcome.total2024UsdBn),
        shown(outcome.total2025UsdBn),
        Math.round(outcome.totalGrowth * 1000) / 10,
        actual.totalUsdBn === null ? null : shown(actual.totalUsdBn),
      ],
    ],
  };

  const barSubtitle = fillTemplate(labels.chartBarsSubtitle, {
    scenario: scenarioInWords,
    total2024: usd(outcome.total2024UsdBn),
    total2025: usd(outcome.total2025UsdBn),
    growth: percent(outcome.totalGrowth),
  });
  // The statements behind the guidance preset are on other bases than the 2024 cash figures: say so
  // wherever they are used (PNG footnotes, CSV lines): what was applied to what, which bars are unlike, the total's mix.
  const sentenceEnd = locale === "zh" ? "；" : "; ";
  const guidanceNote = outcome.companies.some((company) => company.growthFrom === "guidance")
    ? [
        fillTemplate(labels.guidanceCaveat, {
          growth: formatPercent(note.growth, locale),
          meta: bases.ownGrowth.map((text) => `${text}${sentenceEnd}`).join(""),
        }),
        ...(hasActual && bases.mismatch ? [bases.mismatch] : []),
        ...(bases.mix ? [bases.mix] : []),
      ]
    : outcome.companies.some((company) => company.growthFrom === "consensus")
      ? // The note's combined growth on each company: the PNG keeps the panel's "the note gives no company's growth".
        [fillTemplate(labels.presetHint_consensus, { growth: formatPercent(note.growth, locale) })]
      : [];
  return {
    ...sharedPanelProps(props),
    id: "capex-by-company",
    title: labels.chartBarsTitle,
    subtitle: barSubtitle,
    description: fillTemplate(labels.chartBarsDescription, { subtitle: barSubtitle }),
    source: hasActual
      ? `${labels.sourceBars}${locale === "zh" ? "；" : "; "}${labels.sourceBarsActual}`
      : labels.sourceBars,
    fileBase: exportFileBase("capex-2025", fileParts),
    table: barTable,
    spec: barSpec,
    notes: guidanceNote,
  };
}

/** The by-company chart: 2024 against 2025 per company, titled with the scenario and its totals. */
export const CapexByCompanyChart = memo(function CapexByCompanyChart(props: CapexChartProps) {
  return <ChartPanel {...useByCompanyPanel(props)} />;
});
