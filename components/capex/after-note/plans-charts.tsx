"use client";

import type { ChartDataset } from "chart.js";
import { useQueryStates } from "nuqs";
import { useMemo } from "react";

import { chartStyle, wrapLabel, type ChartSpec } from "@/components/charts/chart-config";
import { ChartPanel, type ChartPanelLabels } from "@/components/charts/chart-panel";
import type { AppLocale } from "@/i18n/routing";
import type { NextYearPlan, PlanPath, PlanStatement } from "@/lib/capex/after-note";
import { monthsSince, monthTickLabel, PLAN_MONTHS_FROM } from "@/lib/capex/plan-timeline";
import { capexStateFromUrl, capexUrlParsers, serializeCapexQuery, type CapexSection } from "@/lib/capex/view-state";
import { niceAxisMax } from "@/lib/charts/scale";
import { tint } from "@/lib/charts/tokens";
import { exportFileBase } from "@/lib/export/file-name";
import {
  formatDate,
  formatDecimal,
  formatList,
  formatUsdBn,
  formatUsdBnRange,
  usdBnInLocaleUnit,
  usdBnUnitLabel,
} from "@/lib/format";
import { fillTemplate } from "@/lib/template";

import type { AfterNoteLabels } from "./labels";

type Shared = {
  locale: AppLocale;
  labels: AfterNoteLabels;
  chartLabels: ChartPanelLabels;
  /** Whether the caveats show under the chart (embed mode) as well as in the exports. */
  notesOnScreen?: boolean;
};

/** The capex link for a section, as the address bar says it now: Copy link and the embed keep the scenario. */
function useSectionQuery(section: CapexSection): string {
  const [values] = useQueryStates(capexUrlParsers);
  return useMemo(() => serializeCapexQuery({ ...capexStateFromUrl(values), section }), [values, section]);
}

const amountText = (locale: AppLocale) => (value: number) => formatDecimal(value, locale, locale === "zh" ? 0 : 1);
const statementText = (statement: PlanStatement, locale: AppLocale): string | null =>
  statement.usdBn !== null
    ? formatUsdBn(statement.usdBn, locale)
    : statement.usdBnLow !== null && statement.usdBnHigh !== null
      ? formatUsdBnRange(statement.usdBnLow, statement.usdBnHigh, locale)
      : null;
/** A company name before Chinese text: a Latin name ("Meta") keeps the space the zh typography puts between scripts. */
const beforeChinese = (name: string, locale: AppLocale) =>
  locale === "zh" && /[A-Za-z0-9)]$/.test(name) ? `${name} ` : name;
/** A plan's value on the chart: the point, or a range's midpoint (the range itself is drawn as a bar). */
const planValue = (statement: PlanStatement): number | null =>
  statement.usdBn ??
  (statement.usdBnLow !== null && statement.usdBnHigh !== null ? (statement.usdBnLow + statement.usdBnHigh) / 2 : null);

/**
 * How each company's 2025 plan moved: every dated statement (a dot, a range as a capped bar) from the
 * note's date to the outcome (a diamond, on the plan's basis, on the day it was filed). Each company on
 * its own basis, said under the chart; nothing is summed across companies.
 */
export function PlansChart({
  locale,
  labels,
  chartLabels,
  notesOnScreen = true,
  paths,
  noteDate,
}: Shared & { paths: PlanPath[]; noteDate: string }) {
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

  const amount = (valueBn: number | null) => (valueBn === null ? null : usdBnInLocaleUnit(valueBn, locale));
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
    ],
    rows: paths.flatMap((path) => [
      ...path.statements.map((statement) => [
        path.name,
        labels.kindPlan,
        statement.saidOn,
        amount(statement.usdBn),
        amount(statement.usdBnLow),
        amount(statement.usdBnHigh),
        path.basis,
        statement.what ?? (statementText(statement, locale) ? null : labels.noFigure),
      ]),
      ...(path.outcome
        ? [
            [
              path.name,
              labels.kindOutcome,
              path.outcome.filedOn,
              amount(path.outcome.figure.value),
              null,
              null,
              path.outcome.basis,
              null,
            ],
          ]
        : []),
    ]),
  };
  const notes = paths.map((path) =>
    fillTemplate(labels.basisNote, { company: beforeChinese(path.name, locale), basis: path.basis }),
  );
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
}: Shared & { plans: NextYearPlan[] }) {
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
        const first = plans.map((plan) => range(plan.first));
        const revision = plans.map((plan) => range(plan.revision));
        const colours = plans.map((plan) => palette.company[plan.ticker]);
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
                minBarLength: 4,
                pointStyle: "rect",
                datalabels: style.valueLabels(rangeLabel),
              },
              {
                label: labels.seriesRevision,
                data: revision,
                backgroundColor: colours,
                minBarLength: 4,
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
                style.swatch(labels.seriesFirst, tint(palette.muted, palette.surface), "rect", 0),
                style.swatch(labels.seriesRevision, palette.muted, "rect", 1),
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

  const amount = (valueBn: number | null) => (valueBn === null ? null : usdBnInLocaleUnit(valueBn, locale));
  const low = (statement: PlanStatement | null) => amount(statement?.usdBnLow ?? statement?.usdBn ?? null);
  const high = (statement: PlanStatement | null) => amount(statement?.usdBnHigh ?? statement?.usdBn ?? null);
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
      plan.first?.saidOn ?? null,
      low(plan.revision),
      high(plan.revision),
      plan.revision?.saidOn ?? null,
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
      source={labels.plans2026Source}
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
