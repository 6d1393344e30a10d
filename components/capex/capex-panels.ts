import { chartStyle, wrapLabel, type ChartSpec } from "@/components/charts/chart-config";
import { markedName } from "@/lib/capex/plan-bases";
import { SENSITIVITY_PERCENTS, uniformGrowthTotals } from "@/lib/capex/scenario";
import { niceAxisMax } from "@/lib/charts/scale";
import { tint } from "@/lib/charts/tokens";
import { yearSwatches } from "@/lib/charts/year-swatches";
import { exportFileBase } from "@/lib/export/file-name";
import { formatPercent, formatSignedNumber, formatUsdBn, usdBnUnitLabel } from "@/lib/format";
import { fillTemplate } from "@/lib/template";

import { amountIn, sharedPanelProps, type CapexChartProps } from "./capex-chart-props";

// The capex view's two chart panels as plain functions of one state: the page's panels (client) and
// the PowerPoint/Excel exports (server) build from the same titles, tables, caveats and chart specs.

/** The by-company panel: 2024 against the 2025 scenario (and what was then spent) per company. */
export function capexByCompanyPanel(props: CapexChartProps) {
  const { locale, outcome, companyNames: names, note, actual, bases, scenarioInWords, fileParts, labels } = props;
  const hasActual = Object.keys(actual.byTicker).length > 0;
  // A bar not on its actual's basis is marked (Microsoft's plan incl. finance leases, Amazon's net), and the legend says so.
  const companyNames = outcome.companies.map((company, index) =>
    hasActual
      ? markedName(names[index] ?? company.ticker, company.ticker, bases, labels.basisMark)
      : (names[index] ?? company.ticker),
  );
  const unit = usdBnUnitLabel(locale);
  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const percent = (ratio: number) => formatPercent(ratio, locale, { signed: true });
  const { shown } = amountIn(locale);

  const barSpec: ChartSpec = {
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
  };

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

/** The sensitivity panel: the 2025 total under uniform growth, with the note's point, the actual and this scenario's. */
export function capexSensitivityPanel(props: CapexChartProps) {
  const { locale, outcome, note, actual, scenarioInWords, fileParts, labels } = props;
  const unit = usdBnUnitLabel(locale);
  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const percent = (ratio: number) => formatPercent(ratio, locale, { signed: true });
  const { shown } = amountIn(locale);

  const uniform = uniformGrowthTotals(outcome.total2024UsdBn, SENSITIVITY_PERCENTS);
  const notePoint = { x: note.growth * 100, y: note.total2025UsdBn };
  const scenarioPoint = { x: outcome.totalGrowth * 100, y: outcome.total2025UsdBn };
  const lineSpec: ChartSpec = {
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
        actual.totalUsdBn !== null && actual.growth !== null ? { x: actual.growth * 100, y: actual.totalUsdBn } : null;
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
  };

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
