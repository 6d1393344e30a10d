"use client";

import type { ChartDataset } from "chart.js";
import { useMemo } from "react";

import { chartStyle, type ChartSpec } from "@/components/charts/chart-config";
import { ChartPanel } from "@/components/charts/chart-panel";
import type { PlanPath } from "@/lib/capex/after-note";
import { monthsSince, monthTickLabel, PLAN_MONTHS_FROM } from "@/lib/capex/plan-timeline";
import { niceAxisMax } from "@/lib/charts/scale";
import { exportFileBase } from "@/lib/export/file-name";
import { formatDate, formatUsdBn, usdBnInLocaleUnit, usdBnUnitLabel } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { FigureOrigin } from "@/lib/vocabulary";

import {
  amountText,
  beforeChinese,
  planValue,
  statementText,
  useSectionQuery,
  type PlanChartProps,
} from "./plan-chart-shared";

/**
 * How each company's 2025 plan moved: every dated statement (a dot, a range as a capped bar) from the
 * note's date to the outcome (a diamond, on the plan's basis, on the day it was filed). Each company on
 * its own basis, said under the chart; nothing is summed across companies.
 */
export function PlansChart({
  locale,
  labels,
  chartLabels,
  originLabels,
  notesOnScreen = true,
  paths,
  noteDate,
}: PlanChartProps & { paths: PlanPath[]; noteDate: string; originLabels: Record<FigureOrigin, string> }) {
  const query = useSectionQuery("plans");
  const unit = usdBnUnitLabel(locale);
  const spec = useMemo<ChartSpec>(
    () => ({
      kind: "line",
      build: (context) => {
        const style = chartStyle(context);
        const { palette, fontSize } = style;
        const amount = (valueBn: number) => usdBnInLocaleUnit(valueBn, context.locale);
        const text = amountText(context.locale);
        const dated = (path: PlanPath) =>
          path.statements.filter((statement) => statement.saidOn !== null && planValue(statement) !== null);
        const values = paths.flatMap((path) => [
          ...path.statements.flatMap((statement) =>
            [statement.usdBn, statement.usdBnHigh].filter((value) => value !== null).map(amount),
          ),
          ...(path.outcome ? [amount(path.outcome.figure.value)] : []),
        ]);
        const top = niceAxisMax(values, style.exporting ? 0.16 : 0.1);
        const series: Record<string, string> = { "role:note": palette.role.note };
        const datasets: ChartDataset<"line">[] = paths.flatMap((path): ChartDataset<"line">[] => {
          const colour = palette.company[path.ticker];
          series[`company:${path.ticker}`] = colour;
          const plans = dated(path);
          const points = plans.map((statement) => ({
            x: monthsSince(statement.saidOn!),
            y: amount(planValue(statement)!),
          }));
          // Ranges as vertical bars with caps, broken between statements (a NaN ends a line).
          const ranges = plans
            .filter((statement) => statement.usdBnLow !== null && statement.usdBnHigh !== null)
            .flatMap((statement) => {
              const x = monthsSince(statement.saidOn!);
              return [
                { x, y: amount(statement.usdBnLow!) },
                { x, y: amount(statement.usdBnHigh!) },
                { x, y: Number.NaN },
              ];
            });
          const outcome =
            path.outcome && path.outcome.filedOn
              ? { x: monthsSince(path.outcome.filedOn), y: amount(path.outcome.figure.value) }
              : null;
          const last = points[points.length - 1];
          return [
            {
              label: fillTemplate(labels.legendPlan, { company: path.name }),
              data: points,
              borderColor: colour,
              backgroundColor: colour,
              borderWidth: Math.max(2, fontSize.marker / 3),
              pointRadius: plans.map((statement) => (statement.usdBn !== null ? fontSize.marker * 0.8 : 0)),
              pointStyle: "circle" as const,
              datalabels: { display: false },
            },
            ...(ranges.length > 0
              ? [
                  {
                    label: path.name,
                    data: ranges,
                    borderColor: colour,
                    backgroundColor: colour,
                    borderWidth: fontSize.marker * 0.9,
                    pointStyle: "dash" as const,
                    pointRadius: fontSize.marker,
                    spanGaps: false,
                    datalabels: { display: false },
                  },
                ]
              : []),
            ...(outcome
              ? [
                  {
                    label: `${path.name} · ${labels.kindOutcome}`,
                    data: last ? [last, outcome] : [outcome],
                    borderColor: colour,
                    backgroundColor: colour,
                    borderDash: [fontSize.marker, fontSize.marker * 0.7],
                    borderWidth: Math.max(1.5, fontSize.marker / 4),
                    pointStyle: "rectRot" as const,
                    pointRadius: last ? [0, fontSize.marker * 1.4] : [fontSize.marker * 1.4],
                    pointBorderColor: palette.ink,
                    pointBorderWidth: 1.5,
                    datalabels: style.valueLabels(
                      (_value, label) => (label.dataIndex === (last ? 1 : 0) ? text(outcome.y) : ""),
                      { align: "right", anchor: "center", offset: fontSize.marker * 1.6 },
                    ),
                  },
                ]
              : []),
          ];
        });
        const noteX = monthsSince(noteDate);
        datasets.push({
          label: fillTemplate(labels.seriesNoteDate, { date: formatDate(noteDate, context.locale) }),
          data: [
            { x: noteX, y: 0 },
            { x: noteX, y: top.max },
          ],
          borderColor: palette.role.note,
          backgroundColor: palette.role.note,
          borderDash: [fontSize.marker * 0.6, fontSize.marker * 0.6],
          borderWidth: 1.5,
          pointRadius: 0,
          pointStyle: "line" as const,
          datalabels: { display: false },
        });
        const base = style.base(series);
        return {
          type: "line",
          valueLabels: style.exporting,
          data: { datasets },
          options: {
            ...base,
            plugins: {
              ...base.plugins,
              legend: style.legend(true, [
                ...paths.map((path) => style.swatch(path.name, palette.company[path.ticker], "circle")),
                style.swatch(labels.legendOutcome, palette.muted, "rectRot"),
                {
                  ...style.swatch(
                    fillTemplate(labels.seriesNoteDate, { date: formatDate(noteDate, context.locale) }),
                    palette.role.note,
                    "line",
                  ),
                  lineWidth: 2,
                },
              ]),
              tooltip: {
                ...style.tooltip(),
                callbacks: {
                  label: (item) =>
                    `${item.dataset.label}: ${formatUsdBn(context.locale === "zh" ? (item.parsed.y ?? 0) / 10 : (item.parsed.y ?? 0), context.locale)}`,
                },
              },
            },
            scales: {
              x: {
                type: "linear",
                min: 0,
                max: PLAN_MONTHS_FROM.span,
                ...style.axis({ title: labels.axisSaid }),
                ticks: {
                  ...style.axis().ticks,
                  stepSize: context.narrow ? 3 : 2,
                  callback: (value) => monthTickLabel(Number(value), context.locale),
                },
              },
              y: {
                ...style.axis({ title: fillTemplate(labels.axisPlan, { unit: usdBnUnitLabel(context.locale) }) }),
                beginAtZero: true,
                max: top.max,
                ticks: { ...style.axis().ticks, stepSize: top.step, callback: (value) => text(Number(value)) },
              },
            },
          },
        };
      },
    }),
    [paths, noteDate, labels],
  );

  // At the precision the chart prints (whole 亿, a tenth of a billion): no false precision in the table or CSV.
  const scale = locale === "zh" ? 1 : 10;
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : null);
  const amount = (valueBn: number | null) =>
    valueBn === null ? null : Math.round(usdBnInLocaleUnit(valueBn, locale) * scale) / scale;
  const table = {
    headers: [
      labels.colCompany,
      labels.tableKind,
      labels.tableDate,
      fillTemplate(labels.tablePlan, { unit }),
      fillTemplate(labels.tableLow, { unit }),
      fillTemplate(labels.tableHigh, { unit }),
      labels.tableBasis,
      labels.tableWhat,
      labels.tableOrigin,
    ],
    rows: paths.flatMap((path) => [
      ...path.statements.map((statement) => [
        path.name,
        labels.kindPlan,
        date(statement.saidOn),
        amount(statement.usdBn),
        amount(statement.usdBnLow),
        amount(statement.usdBnHigh),
        path.basis,
        statement.what ?? (statementText(statement, locale) ? null : labels.noFigure),
        originLabels[statement.origin],
      ]),
      ...(path.outcome
        ? [
            [
              path.name,
              labels.kindOutcome,
              date(path.outcome.filedOn),
              amount(path.outcome.figure.value),
              null,
              null,
              path.outcome.basis,
              null,
              originLabels[path.outcome.figure.origin],
            ],
          ]
        : []),
    ]),
  };
  // A computed amount says so, and from what, wherever the panel goes (its CSV and PNG carry the notes).
  const computedNotes = paths.flatMap((path) => [
    ...path.statements.flatMap((statement) =>
      statement.computedFrom && statement.usdBn !== null
        ? [
            fillTemplate(labels.computedNote, {
              company: path.name,
              when: statement.saidOn ? formatDate(statement.saidOn, locale) : labels.kindPlan,
              amount: formatUsdBn(statement.usdBn, locale),
              from: statement.computedFrom,
            }),
          ]
        : [],
    ),
    ...(path.outcome?.figure.origin === "computed"
      ? [
          fillTemplate(labels.computedNote, {
            company: path.name,
            when: labels.kindOutcome,
            amount: formatUsdBn(path.outcome.figure.value, locale),
            from: path.outcome.figure.source,
          }),
        ]
      : []),
  ]);
  const notes = [
    ...paths.map((path) =>
      fillTemplate(labels.basisNote, { company: beforeChinese(path.name, locale), basis: path.basis }),
    ),
    ...computedNotes,
  ];
  return (
    <ChartPanel
      id="capex-plans"
      title={labels.plansTitle}
      subtitle={labels.plansSubtitle}
      description={fillTemplate(labels.plansDescription, { subtitle: labels.plansSubtitle })}
      source={labels.plansSource}
      fileBase={exportFileBase("capex-2025-plans", [])}
      table={table}
      spec={spec}
      labels={chartLabels}
      locale={locale}
      query={query}
      height={340}
      notes={notes}
      notesOnScreen={notesOnScreen}
    />
  );
}
