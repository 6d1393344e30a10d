"use client";

import { useMemo } from "react";

import { chartStyle, wrapLabel, type ChartSpec } from "@/components/charts/chart-config";
import { ChartPanel } from "@/components/charts/chart-panel";
import { statementSpan, type NextYearPlan, type PlanStatement } from "@/lib/capex/after-note";
import { niceAxisMax } from "@/lib/charts/scale";
import { tint } from "@/lib/charts/tokens";
import { yearSwatches } from "@/lib/charts/year-swatches";
import { exportFileBase } from "@/lib/export/file-name";
import { formatDate, formatList, usdBnInLocaleUnit, usdBnUnitLabel } from "@/lib/format";
import { fillTemplate } from "@/lib/template";

import { amountText, beforeChinese, useSectionQuery, type PlanChartProps } from "./plan-chart-shared";

/**
 * The 2026 plans: each company's first plan (light) and its latest revision (full colour) as ranges
 * (a point plan as a thin bar at its value); a company that gave no figure is named as such, with what it said.
 */
export function Plans2026Chart({
  locale,
  labels,
  chartLabels,
  notesOnScreen = true,
  plans,
}: PlanChartProps & { plans: NextYearPlan[] }) {
  const query = useSectionQuery("plans-2026");
  const unit = usdBnUnitLabel(locale);
  const none = plans.filter((plan) => !plan.figureGiven);
  const subtitle = fillTemplate(labels.plans2026Subtitle, {
    none: formatList(
      none.map((plan) => plan.name),
      locale,
    ),
  });
  const spec = useMemo<ChartSpec>(
    () => ({
      kind: "bar",
      build: (context) => {
        const style = chartStyle(context);
        const { palette } = style;
        const amount = (valueBn: number) => usdBnInLocaleUnit(valueBn, context.locale);
        const text = amountText(context.locale);
        const range = (statement: PlanStatement | null): [number, number] | null => {
          if (!statement) return null;
          if (statement.usdBn !== null) return [amount(statement.usdBn), amount(statement.usdBn)];
          return statement.usdBnLow !== null && statement.usdBnHigh !== null
            ? [amount(statement.usdBnLow), amount(statement.usdBnHigh)]
            : null;
        };
        // A point plan (one figure, not a range) is a bar of this height, thick enough to see and label.
        const pointPlanPx = Math.max(8, Math.round(style.fontSize.dataLabel * 0.6));
        const first = plans.map((plan) => range(plan.first));
        const revision = plans.map((plan) => range(plan.revision));
        const colours = plans.map((plan) => palette.company[plan.ticker]);
        // First plans light and outlined, revisions in full colour: the by-company chart's swatches.
        const swatches = yearSwatches(palette);
        const top = niceAxisMax(
          [...first, ...revision].flatMap((value) => (value ? [value[1]] : [])),
          style.exporting ? 0.16 : 0.1,
        );
        const rangeLabel = (value: unknown) => {
          const pair = value as [number, number] | null;
          if (!pair) return "";
          return pair[0] === pair[1] ? text(pair[0]) : `${text(pair[0])}–${text(pair[1])}`;
        };
        const base = style.base(
          Object.fromEntries(plans.map((plan, index) => [`company:${plan.ticker}`, colours[index]!])),
        );
        return {
          type: "bar",
          valueLabels: style.exporting,
          data: {
            labels: plans.map((plan) =>
              wrapLabel(
                plan.figureGiven
                  ? plan.name
                  : `${plan.name}${context.locale === "zh" ? "（" : " ("}${labels.noFigure}${context.locale === "zh" ? "）" : ")"}`,
                context.narrow,
              ),
            ),
            datasets: [
              {
                label: labels.seriesFirst,
                data: first,
                backgroundColor: colours.map((colour) => tint(colour, palette.surface)),
                borderColor: colours,
                borderWidth: 1,
                minBarLength: pointPlanPx,
                pointStyle: "rect",
                // Under the bar: the revision's label goes above its own, so the two never meet side by side
                // (the zh labels in 亿 are half as wide again as the en ones, and "auto" would hide one).
                datalabels: style.valueLabels(rangeLabel, { anchor: "start", align: "start" }),
              },
              {
                label: labels.seriesRevision,
                data: revision,
                backgroundColor: colours,
                minBarLength: pointPlanPx,
                pointStyle: "rect",
                datalabels: style.valueLabels(rangeLabel),
              },
            ],
          },
          options: {
            ...base,
            plugins: {
              ...base.plugins,
              legend: style.legend(true, [
                style.swatch(labels.seriesFirst, swatches.y2024.fill, "rect", 0, swatches.y2024.stroke),
                style.swatch(labels.seriesRevision, swatches.y2025.fill, "rect", 1),
              ]),
              tooltip: {
                ...style.tooltip(),
                callbacks: { label: (item) => `${item.dataset.label}: ${rangeLabel(item.raw)}` },
              },
            },
            scales: {
              x: { ...style.axis({ grid: false }), ticks: style.categoryTicks({ all: true }) },
              y: {
                ...style.axis({ title: fillTemplate(labels.axis2026, { unit: usdBnUnitLabel(context.locale) }) }),
                beginAtZero: true,
                max: top.max,
                ticks: { ...style.axis().ticks, stepSize: top.step, callback: (value) => text(Number(value)) },
              },
            },
          },
        };
      },
    }),
    [plans, labels],
  );

  // At the precision the chart prints (whole 亿, a tenth of a billion): no false precision in the table or CSV.
  const scale = locale === "zh" ? 1 : 10;
  const amount = (valueBn: number | null) =>
    valueBn === null ? null : Math.round(usdBnInLocaleUnit(valueBn, locale) * scale) / scale;
  const low = (statement: PlanStatement | null) => amount(statement?.usdBnLow ?? statement?.usdBn ?? null);
  const high = (statement: PlanStatement | null) => amount(statement?.usdBnHigh ?? statement?.usdBn ?? null);
  // Dates as the page writes them ("2026 年 2 月 4 日", "Feb 4, 2026"), in the table and its CSV too.
  const date = (iso: string | null | undefined) => (iso ? formatDate(iso, locale) : null);
  const span = statementSpan(plans);
  const source = span
    ? fillTemplate(labels.plans2026Source, { from: formatDate(span.from, locale), to: formatDate(span.to, locale) })
    : labels.plans2026Source;
  const table = {
    headers: [
      labels.colCompany,
      `${labels.seriesFirst} · ${fillTemplate(labels.tableLow, { unit })}`,
      `${labels.seriesFirst} · ${fillTemplate(labels.tableHigh, { unit })}`,
      labels.tableFirstOn,
      `${labels.seriesRevision} · ${fillTemplate(labels.tableLow, { unit })}`,
      `${labels.seriesRevision} · ${fillTemplate(labels.tableHigh, { unit })}`,
      labels.tableRevisionOn,
      labels.tableBasis,
      labels.tableWhat,
    ],
    rows: plans.map((plan) => [
      plan.name,
      low(plan.first),
      high(plan.first),
      date(plan.first?.saidOn),
      low(plan.revision),
      high(plan.revision),
      date(plan.revision?.saidOn),
      plan.basis || null,
      plan.figureGiven ? null : (plan.first?.what ?? labels.noFigure),
    ]),
  };
  const notes = [
    ...none.map((plan) =>
      fillTemplate(labels.noFigureSaid, {
        company: beforeChinese(plan.name, locale),
        what: plan.first?.what ?? labels.noFigure,
      }),
    ),
    ...plans
      .filter((plan) => plan.figureGiven && plan.basis)
      .map((plan) => fillTemplate(labels.basisNote, { company: beforeChinese(plan.name, locale), basis: plan.basis })),
  ];
  return (
    <ChartPanel
      id="capex-plans-2026"
      title={labels.plans2026Title}
      subtitle={subtitle}
      description={fillTemplate(labels.plans2026Description, { subtitle })}
      source={source}
      fileBase={exportFileBase("capex-2026-plans", [])}
      table={table}
      spec={spec}
      labels={chartLabels}
      locale={locale}
      query={query}
      height={300}
      notes={notes}
      notesOnScreen={notesOnScreen}
    />
  );
}
