import "server-only";

import { getTranslations } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";
import { statementSpan, type NextYearPlan, type PlanStatement } from "@/lib/capex/after-note";
import { markedName } from "@/lib/capex/plan-bases";
import { loadCapexView } from "@/lib/capex/view-data";
import { serializeCapexQuery, type CapexSection } from "@/lib/capex/view-state";
import { CHART_PALETTES, tint } from "@/lib/charts/tokens";
import { getKeyFigures } from "@/lib/db/key-figures";
import { resolveDataVersion } from "@/lib/db/pinned-data";
import { getReport } from "@/lib/db/report";
import { listTrainingRuns } from "@/lib/db/training";
import {
  formatDate,
  formatGpuHoursMillions,
  formatInteger,
  formatList,
  formatParamsB,
  formatPercent,
  formatUsdBn,
  usdBnUnitLabel,
} from "@/lib/format";
import { pick } from "@/lib/locale";
import {
  buildModelsChart,
  MODELS_CHART_TITLE_KEYS,
  modelsLegendColour,
  modelsValueColour,
} from "@/lib/models/chart-spec";
import { serializeModelsQuery } from "@/lib/models/params";
import { loadModelsView } from "@/lib/models/view-data";
import { modelsChartSubtitle } from "@/lib/models/words";
import { fillTemplate } from "@/lib/template";
import { trainingRunRegion } from "@/lib/training/labs";
import { parseTrainingQuery, serializeTrainingQuery } from "@/lib/training/params";
import { trainingChartSubtitle, trainingRunLabel } from "@/lib/training/words";
import { parseDataVersionParam, withDataVersion } from "@/lib/url-state/data-version";
import type { RawSearchParams } from "@/lib/url-state/search-params";

import type { OgCard } from "./card";
import { amountText, rangeText } from "./card-values";
import type { OgView } from "./views";

// Link previews are drawn on white, in the charts' light palette: a company has its colour here too.
const palette = CHART_PALETTES.light;

export async function kicker(locale: AppLocale, view: OgView): Promise<string> {
  const [tMeta, tNav] = await Promise.all([
    getTranslations({ locale, namespace: "Meta" }),
    getTranslations({ locale, namespace: "Nav" }),
  ]);
  return `${tMeta("appName")} · ${tNav(view)}`;
}

function unitLine(locale: AppLocale, labels: { ogUnit: string }): string {
  return fillTemplate(labels.ogUnit, { unit: usdBnUnitLabel(locale) });
}

export async function sourceLine(locale: AppLocale, source: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: "ChartPanel" });
  return t("sourceLine", { source });
}

/**
 * A capex link's after-the-note section as a card: note vs actual (each company's 2024, scenario and
 * actual), the 2025 plans (first plan, last plan, outcome, each on the company's basis) or the 2026
 * plans (first plan and revision; ranges as their midpoints, labelled with the range).
 */
async function capexSectionCard(
  view: Awaited<ReturnType<typeof loadCapexView>>,
  section: CapexSection,
  locale: AppLocale,
): Promise<OgCard> {
  const { afterNote, afterNoteLabels: labels, labels: capexLabels } = view;
  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const short = (valueBn: number) => amountText(valueBn, locale);
  // A range is drawn as a range: a bar floating from its low end to its high end.
  const statement = (plan: PlanStatement | null) => {
    if (!plan) return null;
    if (plan.usdBn !== null) return { value: plan.usdBn, text: short(plan.usdBn) };
    if (plan.usdBnLow === null || plan.usdBnHigh === null) return null;
    return { value: plan.usdBnHigh, low: plan.usdBnLow, text: rangeText(plan.usdBnLow, plan.usdBnHigh, locale) };
  };
  const base = {
    kicker: await kicker(locale, "capex"),
    layout: "columns" as const,
    unit: unitLine(locale, capexLabels),
  };
  if (section === "vs-actual") {
    const vs = afterNote.noteVsActual;
    return {
      ...base,
      title: labels.vsActualTitle,
      subtitle: `${labels.tileNote} ${usd(vs.note2025.value)} · ${labels.tileActual} ${vs.actual2025 ? usd(vs.actual2025.value) : "—"}`,
      groups: vs.companies.map((company) => ({
        label: company.name,
        bars: [
          { value: company.base2024.value, color: palette.role.y2024, text: short(company.base2024.value) },
          { value: company.scenario2025.value, color: palette.role.scenario, text: short(company.scenario2025.value) },
          ...(company.actual2025
            ? [
                {
                  value: company.actual2025.value,
                  color: palette.role.actual2025,
                  text: short(company.actual2025.value),
                },
              ]
            : []),
        ],
      })),
      legend: [
        { label: labels.col2024, color: palette.role.y2024 },
        { label: labels.colScenario, color: palette.role.scenario },
        { label: labels.colActual, color: palette.role.actual2025 },
      ],
      source: await sourceLine(
        locale,
        `${capexLabels.sourceLine}${locale === "zh" ? "；" : "; "}${capexLabels.sourceBarsActual}`,
      ),
    };
  }
  if (section === "plans") {
    // The bars the card draws that are computed, not stated (Amazon's Q4 × 4, Microsoft's quarters summed), named under it.
    const computed = afterNote.planPaths.flatMap((path) => {
      const statements = path.statements.filter((plan) => statement(plan) !== null);
      const shown = [statements[0], statements.length > 1 ? statements.at(-1) : undefined];
      return [
        ...shown.flatMap((plan) =>
          plan?.origin === "computed" && plan.usdBn !== null ? [`${path.name} ${usd(plan.usdBn)}`] : [],
        ),
        ...(path.outcome?.figure.origin === "computed" ? [`${path.name} ${usd(path.outcome.figure.value)}`] : []),
      ];
    });
    const computedLine =
      computed.length > 0 ? fillTemplate(labels.plansComputedFigures, { figures: formatList(computed, locale) }) : null;
    return {
      ...base,
      title: labels.plansTitle,
      subtitle: labels.plansSubtitle,
      groups: afterNote.planPaths.map((path) => {
        const plans = path.statements.map(statement).filter((plan) => plan !== null);
        const [first, last] = [plans[0], plans.length > 1 ? plans[plans.length - 1] : undefined];
        const colour = palette.company[path.ticker];
        return {
          label: path.name,
          bars: [
            ...(first ? [{ ...first, color: tint(colour, palette.surface) }] : []),
            ...(last ? [{ ...last, color: colour }] : []),
            ...(path.outcome
              ? [
                  {
                    value: path.outcome.figure.value,
                    color: palette.role.actual2025,
                    text: short(path.outcome.figure.value),
                  },
                ]
              : []),
          ],
        };
      }),
      legend: [
        { label: labels.seriesFirst, color: tint(palette.muted, palette.surface) },
        { label: labels.seriesRevision, color: palette.muted },
        { label: labels.kindOutcome, color: palette.role.actual2025 },
      ],
      source: await sourceLine(
        locale,
        computedLine ? `${labels.plansSource}${locale === "zh" ? "；" : "; "}${computedLine}` : labels.plansSource,
      ),
    };
  }
  const none = afterNote.nextYearPlans.filter((plan) => !plan.figureGiven).map((plan) => plan.name);
  return {
    ...base,
    title: labels.plans2026Title,
    subtitle: fillTemplate(labels.plans2026Subtitle, { none: formatList(none, locale) }),
    groups: afterNote.nextYearPlans
      .filter((plan) => plan.figureGiven)
      .map((plan) => ({
        label: plan.name,
        bars: [statement(plan.first), statement(plan.revision)].flatMap((bar, index) =>
          bar
            ? [
                {
                  ...bar,
                  color:
                    index === 0 ? tint(palette.company[plan.ticker], palette.surface) : palette.company[plan.ticker],
                },
              ]
            : [],
        ),
      })),
    legend: [
      { label: labels.seriesFirst, color: tint(palette.muted, palette.surface) },
      { label: labels.seriesRevision, color: palette.muted },
    ],
    source: await sourceLine(locale, plans2026Source(afterNote.nextYearPlans, labels, locale)),
  };
}

function plans2026Source(
  plans: NextYearPlan[],
  labels: Awaited<ReturnType<typeof loadCapexView>>["afterNoteLabels"],
  locale: AppLocale,
): string {
  const span = statementSpan(plans);
  return span
    ? fillTemplate(labels.plans2026Source, { from: formatDate(span.from, locale), to: formatDate(span.to, locale) })
    : labels.plans2026Source;
}

/** The card's query: the view's state, pinned to the link's data version (v=) when it has one. */
const capexCardQuery = (view: Awaited<ReturnType<typeof loadCapexView>>) =>
  withDataVersion(serializeCapexQuery(view.state), view.pin.pinned?.version ?? null);

/** The capex view's bar chart: each company's 2024 capex and its 2025 value in this scenario (or the link's section). */
async function capexCard(raw: RawSearchParams, locale: AppLocale): Promise<OgCardForState> {
  const view = await loadCapexView(raw, locale);
  if (view.state.section)
    return { card: await capexSectionCard(view, view.state.section, locale), query: capexCardQuery(view) };
  const { labels, outcome, bases } = view;
  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const short = (valueBn: number) => amountText(valueBn, locale);
  const hasActual = view.actuals.totalUsdBn !== null;
  const card: OgCard = {
    kicker: await kicker(locale, "capex"),
    title: view.savedScenarioName ? `“${view.savedScenarioName}” · ${labels.chartBarsTitle}` : labels.chartBarsTitle,
    subtitle: fillTemplate(labels.chartBarsSubtitle, {
      scenario: view.scenarioInWords,
      total2024: usd(outcome.total2024UsdBn),
      total2025: usd(outcome.total2025UsdBn),
      growth: formatPercent(outcome.totalGrowth, locale, { signed: true }),
    }),
    layout: "columns",
    unit: unitLine(locale, labels),
    groups: outcome.companies.map((company) => {
      const name = view.companies.find((candidate) => candidate.ticker === company.ticker)?.name ?? company.ticker;
      const actual = view.actuals.byTicker[company.ticker];
      return {
        // As on the page's chart: a company whose plan bar is not on the actual's basis is marked.
        label: hasActual ? markedName(name, company.ticker, bases, labels.basisMark) : name,
        bars: [
          {
            value: company.base2024UsdBn,
            color: tint(palette.company[company.ticker], palette.surface),
            text: short(company.base2024UsdBn),
          },
          {
            value: company.value2025UsdBn,
            color: palette.company[company.ticker],
            text: short(company.value2025UsdBn),
          },
          // What was then spent, as on the page's chart.
          ...(actual !== undefined ? [{ value: actual, color: palette.role.actual2025, text: short(actual) }] : []),
        ],
      };
    }),
    legend: [
      { label: labels.legendShade2024, color: tint(palette.muted, palette.surface) },
      { label: labels.legendShade2025, color: palette.muted },
      ...(hasActual ? [{ label: labels.legendActual, color: palette.role.actual2025 }] : []),
      ...(hasActual && bases.legend ? [{ label: bases.legend, color: "" }] : []),
    ],
    source: await sourceLine(
      locale,
      [
        // The guidance preset's treatments first: the card's reader sees no hint or footnote.
        ...(bases.mix ? [bases.mix] : []),
        hasActual
          ? `${labels.sourceBars}${locale === "zh" ? "；" : "; "}${labels.sourceBarsActual}`
          : labels.sourceBars,
      ].join(locale === "zh" ? "" : " "),
    ),
  };
  return { card, query: capexCardQuery(view) };
}

/** The Models view's active chart (?view=) of the filtered models. */
async function modelsCard(raw: RawSearchParams, locale: AppLocale): Promise<OgCardForState> {
  const { t, state, pin, models, filters } = await loadModelsView(raw, locale);
  const { chart } = buildModelsChart(state.view, models, locale, t);
  const dots = chart.layout === "dots";
  const text = (value: number) => (dots ? formatParamsB(value, locale) : formatInteger(value, locale));
  const card: OgCard = {
    kicker: await kicker(locale, "models"),
    title: t(MODELS_CHART_TITLE_KEYS[state.view]),
    subtitle: modelsChartSubtitle(t, filters, models.length),
    layout: dots ? "rows" : "columns",
    stacked: chart.layout === "stacked",
    log: dots,
    groups: chart.categories.map((label, index) => ({
      label,
      bars: chart.series.map((series) => ({
        value: series.data[index] ?? 0,
        color: modelsValueColour(series, index, palette),
        text: chart.layout === "stacked" ? undefined : text(series.data[index] ?? 0),
      })),
    })),
    legend: chart.legend.map((entry) => ({ label: entry.label, color: modelsLegendColour(entry, palette) })),
    source: await sourceLine(locale, [...new Set(models.map((model) => model.source))].join("; ")),
    empty: t("empty"),
  };
  return { card, query: withDataVersion(serializeModelsQuery(state), pin.pinned?.version ?? null) };
}

/** The training runs' GPU-hours, DeepSeek-V3 against Llama 3, on the link's scale (the price changes the costs, not these bars). */
async function trainingCard(raw: RawSearchParams, locale: AppLocale): Promise<OgCardForState> {
  const { state } = parseTrainingQuery(raw);
  const [t, runs, pin] = await Promise.all([
    getTranslations({ locale, namespace: "Training" }),
    listTrainingRuns(locale),
    resolveDataVersion(parseDataVersionParam(raw).version, "training"),
  ]);
  const words = {
    chartSubtitle: t.raw("chartSubtitle") as string,
    scaleLinear: t("scaleLinear"),
    scaleLog: t("scaleLog"),
    barV3: t.raw("barV3") as string,
    barLlama: t.raw("barLlama") as string,
    barOther: t.raw("barOther") as string,
  };
  const card: OgCard = {
    kicker: await kicker(locale, "training"),
    title: t("chartTitle"),
    subtitle: trainingChartSubtitle(state, words),
    layout: "rows",
    log: state.scale === "log",
    groups: runs.map((run) => ({
      label: trainingRunLabel(run, words),
      bars: [
        {
          value: run.gpuHoursMillion,
          color: palette.region[trainingRunRegion(run.slug)],
          text: formatGpuHoursMillions(run.gpuHoursMillion, locale),
        },
      ],
    })),
    legend: [],
    source: await sourceLine(locale, t("chartSource")),
  };
  return { card, query: withDataVersion(serializeTrainingQuery(state), pin.pinned?.version ?? null) };
}

/** The note itself: its title, and the capex total it headlines (2024 and the consensus 2025). */
async function summaryCard(locale: AppLocale): Promise<OgCardForState> {
  const [t, report, figures] = await Promise.all([
    getTranslations({ locale, namespace: "Sharing" }),
    getReport(),
    getKeyFigures(locale),
  ]);
  const total2024 = figures.get("capex_total_2024");
  const growth = figures.get("capex_growth_2025");
  // The 2025 bar is computed from the note's two figures (it states the growth, not the amount); its label says so.
  const bars =
    total2024 && growth
      ? [
          { label: t("summary2024"), value: total2024.value, color: palette.role.y2024 },
          {
            label: t("summary2025", { growth: formatPercent(growth.value, locale, { signed: true }) }),
            value: total2024.value * (1 + growth.value),
            color: palette.role.scenario,
          },
        ]
      : [];
  const card: OgCard = {
    kicker: await kicker(locale, "summary"),
    title: pick(locale, report.titleZh, report.titleEn),
    subtitle: `${pick(locale, report.publisherZh, report.publisherEn)} · ${formatDate(report.published, locale)} · ${t("summaryChart")}`,
    layout: "columns",
    groups: bars.map((bar) => ({
      label: bar.label,
      bars: [{ value: bar.value, color: bar.color, text: formatUsdBn(bar.value, locale) }],
    })),
    legend: [],
    source: await sourceLine(locale, total2024?.source ?? ""),
  };
  return { card, query: "" };
}

/** A view's preview card and the canonical query of the state it shows (what the parser understood). */
export type OgCardForState = { card: OgCard; query: string };

/** The preview card of a view for its URL state. */
export function buildOgCard(view: OgView, raw: RawSearchParams, locale: AppLocale): Promise<OgCardForState> {
  switch (view) {
    case "summary":
      return summaryCard(locale);
    case "models":
      return modelsCard(raw, locale);
    case "capex":
      return capexCard(raw, locale);
    case "training":
      return trainingCard(raw, locale);
  }
}
