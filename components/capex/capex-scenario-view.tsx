"use client";

import { useDeferredValue, useMemo, type ReactNode } from "react";

import type { ChartPanelLabels } from "@/components/charts/chart-panel";
import type { AppLocale } from "@/i18n/routing";
import type { CapexActuals } from "@/lib/capex/after-note";
import type { CapexCompany } from "@/lib/capex/companies";
import { capexFigureOrigins } from "@/lib/capex/figure-origins";
import { planBases, planBasisTexts } from "@/lib/capex/plan-bases";
import type { SaveScenarioResult } from "@/lib/capex/saved-scenario";
import { computeScenario, withGrowth } from "@/lib/capex/scenario";
import { capexFileParts, serializeCapexQuery } from "@/lib/capex/view-state";
import { capexScenarioInWords } from "@/lib/capex/words";
import type { Figure } from "@/lib/figures/origin";
import { formatPercent, formatUsdBn } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { CapexTicker, FigureOrigin } from "@/lib/vocabulary";

import { CapexByCompanyChart } from "./capex-by-company-chart";
import { CapexInputsTable } from "./capex-inputs-table";
import { capexPunctuation, type CapexLabels } from "./capex-labels";
import { CapexPresetPicker } from "./capex-preset-picker";
import { CapexSensitivityChart } from "./capex-sensitivity-chart";
import { CapexTotalBar } from "./capex-total-bar";
import { SaveScenarioForm } from "./save-scenario-form";
import { useCapexUrlState } from "./use-capex-url-state";

type Props = {
  locale: AppLocale;
  companies: CapexCompany[];
  note: { total2024UsdBn: number; growth: number; total2025UsdBn: number; source: string };
  /** What the companies then spent (10-K), drawn beside the scenario. */
  actual: CapexActuals;
  /** Each company's guidance growth as a figure saying what it compares (lib/capex/guidance.ts). */
  guidanceGrowth: Partial<Record<CapexTicker, Figure | null>>;
  /** The saved scenario the link named, as the server found it. */
  savedScenario: { id: string; name: string } | null;
  saveAction: (previous: SaveScenarioResult, formData: FormData) => Promise<SaveScenarioResult>;
  labels: CapexLabels;
  originLabels: Record<FigureOrigin, string>;
  chartLabels: ChartPanelLabels;
  /** The companies' statements, rendered on the server (they do not change with the scenario). */
  statements: ReactNode;
};

/**
 * The interactive scenario, chart first: the total in a bar that stays in view, the presets, then
 * the by-company chart beside the inputs (under the presets on a phone), the sensitivity chart, the
 * statements and "Save". The state is the URL (useCapexUrlState); everything is computed here from
 * it, so an input repaints at once. The server renders the same component for the URL, and the
 * inputs form a GET form, so a deep link shows its numbers before (or without) JavaScript.
 */
export function CapexScenarioView({
  locale,
  companies,
  note,
  actual,
  guidanceGrowth,
  savedScenario,
  saveAction,
  labels,
  originLabels,
  chartLabels,
  statements,
}: Props) {
  const [state, edit] = useCapexUrlState(companies, note.growth, savedScenario?.id ?? null);
  const outcome = useMemo(() => computeScenario(state, companies, note.growth), [state, companies, note.growth]);
  // The charts follow a deferred copy of the state, so a dragged slider repaints the numbers first.
  const chartState = useDeferredValue(state);
  const chartOutcome = useMemo(
    () => computeScenario(chartState, companies, note.growth),
    [chartState, companies, note.growth],
  );
  const namesByTicker = useMemo(
    () => Object.fromEntries(companies.map((company) => [company.ticker, company.name])),
    [companies],
  );
  const companyNames = useMemo(() => companies.map((company) => company.name), [companies]);
  const scenarioInWords = useMemo(
    () => capexScenarioInWords(chartState, chartOutcome, namesByTicker, labels, locale),
    [chartState, chartOutcome, namesByTicker, labels, locale],
  );
  const fileParts = useMemo(() => capexFileParts(chartState), [chartState]);
  // Exports and Copy link carry the state's own query: the address bar follows after nuqs' throttle.
  const query = useMemo(() => serializeCapexQuery(chartState), [chartState]);
  // A saved scenario is named on the charts and in their exports while the state is still that scenario.
  const savedScenarioName = savedScenario && chartState.scenarioId === savedScenario.id ? savedScenario.name : null;
  const bases = useMemo(
    () => planBasisTexts(planBases(chartOutcome, companies, actual.onPlanBasis), labels, locale, note.growth),
    [chartOutcome, companies, actual, labels, locale, note.growth],
  );
  const chartProps = {
    locale,
    outcome: chartOutcome,
    bases,
    companyNames,
    note,
    actual,
    scenarioInWords,
    fileParts,
    query,
    savedScenarioName,
    labels,
    chartLabels,
  };

  // Prose, not a change: "按研报的 19.6% 增长".
  const consensus = formatPercent(note.growth, locale);
  // Edits on top of guidance keep its caveat: the statements' bases differ from the 2024 figures; the
  // hint says what was applied to what for a plan on its own basis (Meta), as the chart's footnote does.
  const sentenceEnd = locale === "zh" ? "；" : "; ";
  const baseHint = fillTemplate(labels[`presetHint_${state.preset}`], {
    growth: consensus,
    meta: bases.ownGrowth.map((text) => `${text}${sentenceEnd}`).join(""),
  });
  const hint =
    outcome.preset === "custom"
      ? `${fillTemplate(labels.presetHint_custom, { preset: labels[`preset_${state.preset}`] })}${state.preset === "guidance" ? `${capexPunctuation(locale).sentenceGap}${baseHint}` : ""}`
      : baseHint;
  const origins = useMemo(
    () =>
      capexFigureOrigins(
        outcome,
        companies.map((company) => ({
          ticker: company.ticker,
          reportedSource: company.reported.source,
          guidanceGrowth: guidanceGrowth[company.ticker] ?? null,
        })),
        note,
        labels,
        locale,
      ),
    [outcome, companies, guidanceGrowth, note, labels, locale],
  );
  const editGrowth = (company: CapexCompany, percent: number) => edit(withGrowth(state, company, percent, note.growth));

  return (
    <div className="space-y-4">
      {savedScenario && state.scenarioId === savedScenario.id ? (
        <p className="rounded-md border border-slate-200 bg-white px-4 py-2 text-sm">
          {labels.savedScenario}: <strong data-testid="saved-scenario-name">{savedScenario.name}</strong>
        </p>
      ) : null}

      <CapexTotalBar
        locale={locale}
        outcome={outcome}
        note={note}
        origins={origins}
        labels={labels}
        originLabels={originLabels}
      />
      <CapexPresetPicker
        locale={locale}
        current={outcome.preset}
        consensus={consensus}
        labels={labels}
        onChoose={(preset) => edit({ preset, overrides: {} })}
      />

      <div className="grid gap-4 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] lg:items-start lg:gap-6">
        {/* On a wide screen the chart stays in view, under the sticky total bar, while the inputs beside it scroll. */}
        <div className="lg:sticky lg:top-24" data-testid="capex-chart-column">
          <CapexByCompanyChart {...chartProps} />
        </div>
        <div className="space-y-2">
          <p className="text-sm text-slate-600" data-testid="preset-hint">
            {hint}
          </p>
          <CapexInputsTable
            locale={locale}
            companies={companies}
            outcome={outcome}
            preset={state.preset}
            origins={origins.companies}
            labels={labels}
            originLabels={originLabels}
            onGrowth={editGrowth}
          />
        </div>
      </div>

      <p className="text-sm text-slate-600">
        {fillTemplate(labels.basisDifference, {
          noteTotal: formatUsdBn(note.total2024UsdBn, locale),
          filingsTotal: formatUsdBn(outcome.total2024UsdBn, locale),
        })}
      </p>
      <CapexSensitivityChart {...chartProps} />
      {statements}
      <SaveScenarioForm
        query={serializeCapexQuery({ ...state, scenarioId: null, section: null })}
        action={saveAction}
        labels={labels}
        locale={locale}
      />
    </div>
  );
}
