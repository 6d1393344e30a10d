"use client";

import { memo, useMemo } from "react";

import { chartStyle, type ChartSpec } from "@/components/charts/chart-config";
import { ChartPanel } from "@/components/charts/chart-panel";
import { SENSITIVITY_PERCENTS, uniformGrowthTotals } from "@/lib/capex/scenario";
import { exportFileBase } from "@/lib/export/file-name";
import { formatPercent, formatSignedNumber, formatUsdBn, usdBnUnitLabel } from "@/lib/format";
import { fillTemplate } from "@/lib/template";

import { amountIn, sharedPanelProps, type CapexChartProps } from "./capex-chart-props";

/** The sensitivity panel: the 2025 total under uniform growth, with the note's point, the actual and this scenario's. */
function useSensitivityPanel(props: CapexChartProps) {
  const { locale, outcome, note, actual, scenarioInWords, fileParts, labels } = props;
  const unit = usdBnUnitLabel(locale);
  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const percent = (ratio: number) => formatPercent(ratio, locale, { signed: true });
  const { shown } = amountIn(locale);

  const uniform = uniformGrowthTotals(outcome.total2024UsdBn, SENSITIVITY_PERCENTS);
  const notePoint = { x: note.growth * 100, y: note.total2025UsdBn };
  const scenarioPoint = { x: outcome.totalGrowth * 100, y: outcome.total2025UsdBn };
  const lineSpec = useMemo<ChartSpec>(
    () => ({
      kind: "line",
      build: (context) => {
        const style = chartStyle(context);
        const { palette, fontSize } = style;
        const { amount, text: amountText } = amountIn(context.locale);
        const usd = (valueBn: number) => formatUsdBn(valueBn, context.locale);
        const series = {
          "role:uniform": palette.role.uniform,
          "role:note": palette.role.note,
          "role:scenario": palette.role.scenario,
          "role:actual2025": palette.role.actual2025,
        };
        const base = style.base(series);
        const uniform = uniformGrowthTotals(outcome.total2024UsdBn, SENSITIVITY_PERCENTS);
        const notePoint = { x: note.growth * 100, y: note.total2025UsdBn };
        const scenarioPoint = { x: outcome.totalGrowth * 100, y: outcome.total2025UsdBn };
        const actualPoint =
          actual.totalUsdBn !== null && actual.growth !== null
            ? { x: actual.growth * 100, y: actual.totalUsdBn }
            : null;
        const label = (point: { y: number }) => amountText(amount(point.y));
        return {
          type: "line",
          valueLabels: style.exporting,
          data: {
            datasets: [
              // The scenario's dot is drawn last, inside the note's hollow diamond when the two coincide (the default preset).
              {
                label: labels.seriesScenario,
                data: [{ x: scenarioPoint.x, y: amount(scenarioPoint.y) }],
                order: 0,
                showLine: false,
                pointStyle: "circle",
                pointRadius: fontSize.marker,
                pointHoverRadius: fontSize.marker + 2,
                backgroundColor: palette.role.scenario,
                borderColor: palette.surface,
                borderWidth: 1.5,
                datalabels: style.valueLabels(() => label(scenarioPoint), {
                  anchor: "center",
                  align: "right",
                  offset: fontSize.marker * 1.8,
                }),
              },
              {
                label: labels.seriesNote,
                data: [{ x: notePoint.x, y: amount(notePoint.y) }],
                order: 1,
                showLine: false,
                pointStyle: "rectRot",
                pointRadius: fontSize.marker * 1.8,
                pointHoverRadius: fontSize.marker * 1.8 + 2,
                backgroundColor: "transparent",
                borderColor: palette.role.note,
                borderWidth: Math.max(2, fontSize.marker / 3),
                datalabels: style.valueLabels(() => label(notePoint), {
                  anchor: "center",
                  align: "left",
                  offset: fontSize.marker * 1.8,
                }),
              },
              // The actual total, a filled square beside the note's hollow diamond (drawn under the scenario's dot).
              ...(actualPoint
                ? [
                    {
                      label: labels.seriesActualTotal,
                      data: [{ x: actualPoint.x, y: amount(actualPoint.y) }],
                      order: 1,
                      showLine: false,
                      pointStyle: "rect" as const,
                      pointRadius: fontSize.marker * 1.3,
                      pointHoverRadius: fontSize.marker * 1.3 + 2,
                      backgroundColor: palette.role.actual2025,
                      borderColor: palette.surface,
                      borderWidth: 1.5,
                      datalabels: style.valueLabels(() => label(actualPoint), {
                        anchor: "center",
                        align: "left",
                        offset: fontSize.marker * 1.8,
                      }),
                    },
                  ]
                : []),
              {
                label: labels.seriesUniform,
                data: uniform.map((point) => ({ x: point.percent, y: amount(point.total2025UsdBn) })),
                order: 2,
                borderColor: palette.role.uniform,
                backgroundColor: palette.role.uniform,
                borderDash: [fontSize.marker, fontSize.marker * 0.7],
                borderWidth: Math.max(2, fontSize.marker / 3),
                pointRadius: 0,
                pointHoverRadius: 4,
                pointStyle: "line",
                datalabels: { display: false },
              },
            ],
          },
          options: {
            ...base,
            plugins: {
              ...base.plugins,
              legend: style.legend(),
              tooltip: {
                ...style.tooltip(),
                callbacks: {
                  label: (item) =>
                    `${item.dataset.label}: ${formatPercent((item.parsed.x ?? 0) / 100, context.locale, { signed: true })} → ${usd(context.locale === "zh" ? (item.parsed.y ?? 0) / 10 : (item.parsed.y ?? 0))}`,
                },
              },
            },
            scales: {
              x: {
                type: "linear",
                ...style.axis({ title: labels.axisUniformGrowth }),
                ticks: {
                  ...style.axis().ticks,
                  callback: (value) => formatSignedNumber(Number(value), context.locale, 0),
                },
              },
              y: {
                ...style.axis({ title: fillTemplate(labels.axisTotal2025, { unit: usdBnUnitLabel(context.locale) }) }),
                ticks: { ...style.axis().ticks, callback: (value) => amountText(Number(value)) },
              },
            },
          },
        };
      },
    }),
    [outcome, note, actual, labels],
  );

  const round1 = (value: number) => Math.round(value * 10) / 10;
  const lineTable = {
    headers: [labels.tableSeries, labels.tableUniform, fillTemplate(labels.tableTotal2025, { unit })],
    rows: [
      ...uniform.map((point) => [labels.seriesUniform, point.percent, shown(point.total2025UsdBn)]),
      [
        fillTemplate(labels.tableNoteRow, { noteTotal: usd(note.total2024UsdBn) }),
        round1(notePoint.x),
        shown(notePoint.y),
      ],
      ...(actual.totalUsdBn !== null && actual.growth !== null
        ? [[labels.tableActualRow, round1(actual.growth * 100), shown(actual.totalUsdBn)]]
        : []),
      [labels.tableScenarioRow, round1(scenarioPoint.x), shown(scenarioPoint.y)],
    ],
  };

  const lineSubtitle =
    actual.totalUsdBn !== null && actual.growth !== null
      ? fillTemplate(labels.chartLineSubtitleWithActual, {
          filingsTotal: usd(outcome.total2024UsdBn),
          noteTotal: usd(note.total2025UsdBn),
          actualTotal: usd(actual.totalUsdBn),
          actualGrowth: percent(actual.growth),
          scenario: scenarioInWords,
        })
      : fillTemplate(labels.chartLineSubtitle, {
          filingsTotal: usd(outcome.total2024UsdBn),
          noteTotal: usd(note.total2025UsdBn),
          scenario: scenarioInWords,
        });
  const basisNote = fillTemplate(labels.basisDifference, {
    noteTotal: usd(note.total2024UsdBn),
    filingsTotal: usd(outcome.total2024UsdBn),
  });
  return {
    ...sharedPanelProps(props),
    id: "capex-sensitivity",
    title: labels.chartLineTitle,
    subtitle: lineSubtitle,
    description: fillTemplate(labels.chartLineDescription, { subtitle: lineSubtitle }),
    source:
      actual.totalUsdBn !== null
        ? `${labels.sourceLine}${locale === "zh" ? "；" : "; "}${labels.sourceBarsActual}`
        : labels.sourceLine,
    fileBase: exportFileBase("capex-2025-sensitivity", fileParts),
    table: lineTable,
    spec: lineSpec,
    notes: [basisNote],
  };
}

/** The 2025 total under uniform growth, with the note's point and this scenario's. */
export const CapexSensitivityChart = memo(function CapexSensitivityChart(props: CapexChartProps) {
  return <ChartPanel {...useSensitivityPanel(props)} />;
});
