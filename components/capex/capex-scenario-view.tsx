"use client";

import { useDeferredValue, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import type { ChartPanelLabels } from "@/components/charts/chart-panel";
import { SourceBadge, type FigureOrigin } from "@/components/ui/source-badge";
import type { AppLocale } from "@/i18n/routing";
import type { CapexCompany } from "@/lib/capex/companies";
import { capexFileParts, serializeCapexQuery, type CapexViewState } from "@/lib/capex/view-state";
import type { SaveScenarioResult } from "@/lib/capex/saved-scenario";
import { CAPEX_PRESETS, computeScenario, withGrowth, type CapexPreset, type CapexScenarioState, type CompanyOutcome } from "@/lib/capex/scenario";
import { formatDate, formatPercent, formatUsdBn } from "@/lib/format";
import { capexScenarioInWords } from "@/lib/capex/words";
import { fillTemplate } from "@/lib/template";
import { CapexCharts } from "./capex-charts";
import type { CapexLabels } from "./capex-labels";
import { GrowthInput } from "./growth-input";
import { SaveScenarioForm } from "./save-scenario-form";

type Props = {
  locale: AppLocale;
  companies: CapexCompany[];
  note: { total2024UsdBn: number; growth: number; total2025UsdBn: number; source: string };
  initialState: CapexViewState;
  savedScenarioName: string | null;
  saveAction: (previous: SaveScenarioResult, formData: FormData) => Promise<SaveScenarioResult>;
  labels: CapexLabels;
  originLabels: Record<FigureOrigin, string>;
  chartLabels: ChartPanelLabels;
};

// Chromium throttles history updates beyond ~100 per 10 s; a dragged slider fires far more input events.
const URL_UPDATE_DELAY_MS = 150;

/**
 * The interactive scenario: preset picker, per-company growth inputs, headline, charts and "Save".
 * Everything is computed here from the state, so an input repaints at once; the URL follows with
 * history.replaceState (Next.js syncs useSearchParams, so the locale switcher keeps the scenario).
 * The server renders the same component with the URL's state, and the inputs form a GET form, so a
 * deep link shows its numbers before (or without) JavaScript.
 */
export function CapexScenarioView({ locale, companies, note, initialState, savedScenarioName, saveAction, labels, originLabels, chartLabels }: Props) {
  const [state, setState] = useState<CapexViewState>(initialState);
  const outcome = useMemo(() => computeScenario(state, companies, note.growth), [state, companies, note.growth]);
  // The charts follow a deferred copy of the state, so a dragged slider repaints the numbers first.
  const chartState = useDeferredValue(state);
  const chartOutcome = useMemo(() => computeScenario(chartState, companies, note.growth), [chartState, companies, note.growth]);
  const namesByTicker = useMemo(() => Object.fromEntries(companies.map((company) => [company.ticker, company.name])), [companies]);
  const chartWords = useMemo(() => capexScenarioInWords(chartState, chartOutcome, namesByTicker, labels, locale), [chartState, chartOutcome, namesByTicker, labels, locale]);
  const chartFileParts = useMemo(() => capexFileParts(chartState), [chartState]);
  const chartQuery = useMemo(() => serializeCapexQuery(chartState), [chartState]);
  const companyNames = useMemo(() => companies.map((company) => company.name), [companies]);
  // The URL stays as given (even a malformed one, whose notice is on screen) until the first edit.
  const [edited, setEdited] = useState(false);
  useUrlFollowsState(serializeCapexQuery(state), edited);

  const edit = (next: CapexScenarioState) => {
    setEdited(true);
    setState({ ...next, scenarioId: null });
  };
  const choosePreset = (preset: CapexPreset) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    edit({ preset, overrides: {} });
  };

  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const percent = (ratio: number) => formatPercent(ratio, locale, { signed: true });
  const presetName = (preset: CapexPreset | "custom") => labels[`preset_${preset}`];
  const consensus = percent(note.growth);
  // Edits on top of guidance keep its caveat: the statements' bases differ from the 2024 figures.
  const baseHint = fillTemplate(labels[`presetHint_${state.preset}`], { growth: consensus });
  const hint =
    outcome.preset === "custom"
      ? `${fillTemplate(labels.presetHint_custom, { preset: presetName(state.preset) })}${state.preset === "guidance" ? ` ${baseHint}` : ""}`
      : baseHint;

  return (
    <div className="space-y-6">
      {state.scenarioId && savedScenarioName !== null ? (
        <p className="rounded-md border border-slate-200 bg-white px-4 py-2 text-sm">
          {labels.savedScenario}: <strong data-testid="saved-scenario-name">{savedScenarioName}</strong>
        </p>
      ) : null}

      <div aria-label={labels.headlineLabel} role="group" className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="headline-note">
          <p className="flex items-center gap-2 text-sm text-slate-600">
            {labels.headlineNote} <SourceBadge origin="note" label={originLabels.note} source={note.source} />
          </p>
          <p className="mt-1 text-xl font-semibold tabular-nums sm:text-2xl">
            {usd(note.total2024UsdBn)} → {usd(note.total2025UsdBn)} <span className="text-slate-600">({percent(note.growth)})</span>
          </p>
        </div>
        <div className="rounded-lg border border-accent/40 bg-accent-soft/40 p-4" data-testid="headline-scenario">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            {labels.headlineScenario} · <span data-testid="scenario-preset">{presetName(outcome.preset)}</span>
            <SourceBadge origin="filing" label={originLabels.filing} source={labels.sourceBars} />
          </p>
          <p className="mt-1 text-xl font-semibold tabular-nums sm:text-2xl">
            <span data-testid="scenario-total-2024">{usd(outcome.total2024UsdBn)}</span> →{" "}
            <span data-testid="scenario-total-2025">{usd(outcome.total2025UsdBn)}</span>{" "}
            <span className="text-slate-600">
              (<span data-testid="scenario-growth">{percent(outcome.totalGrowth)}</span>)
            </span>
          </p>
        </div>
        <p className="text-sm text-slate-600 sm:col-span-2">
          {fillTemplate(labels.basisDifference, { noteTotal: usd(note.total2024UsdBn), filingsTotal: usd(outcome.total2024UsdBn) })}
        </p>
      </div>

      <div>
        <nav aria-label={labels.presetLabel} className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium text-slate-700">{labels.presetLabel}:</span>
          {CAPEX_PRESETS.map((preset) => {
            const current = outcome.preset === preset;
            return (
              <a
                key={preset}
                href={`?${serializeCapexQuery({ preset, overrides: {}, scenarioId: null })}`}
                onClick={choosePreset(preset)}
                aria-current={current ? "true" : undefined}
                data-testid={`preset-${preset}`}
                className={`rounded-full border px-3 py-1 text-sm ${current ? "border-accent bg-accent text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"}`}
              >
                {presetName(preset)}
                {preset === "consensus" ? ` ${consensus}` : ""}
              </a>
            );
          })}
          {outcome.preset === "custom" ? (
            <span aria-current="true" className="rounded-full border border-accent bg-accent px-3 py-1 text-sm text-white">
              {presetName("custom")}
            </span>
          ) : null}
        </nav>
        <p className="mt-2 text-sm text-slate-600" data-testid="preset-hint">{hint}</p>
      </div>

      <form method="get" onSubmit={(event) => event.preventDefault()} className="rounded-lg border border-slate-200 bg-white">
        <input type="hidden" name="preset" value={state.preset} />
        <div className="hidden grid-cols-[minmax(8rem,1fr)_9rem_minmax(14rem,2fr)_9rem_9rem] gap-3 border-b border-slate-200 bg-slate-50 px-4 py-2 text-xs font-medium text-slate-600 md:grid">
          <span>{labels.colCompany}</span>
          <span className="text-right">{labels.col2024}</span>
          <span>{labels.colGrowth}</span>
          <span className="text-right">{labels.col2025}</span>
          <span>{labels.colFrom}</span>
        </div>
        <ul>
          {outcome.companies.map((company) => {
            const info = companies.find((candidate) => candidate.ticker === company.ticker);
            if (!info) return null;
            return (
              <li
                key={company.ticker}
                data-testid={`company-${company.ticker}`}
                className="grid grid-cols-2 items-center gap-x-3 gap-y-2 border-b border-slate-100 px-4 py-3 md:grid-cols-[minmax(8rem,1fr)_9rem_minmax(14rem,2fr)_9rem_9rem]"
              >
                <span className="font-medium">
                  {info.name}
                  <span className="block text-xs font-normal text-slate-500">{info.reported.basis}</span>
                </span>
                <span className="text-right tabular-nums">
                  {usd(info.base2024UsdBn)}{" "}
                  <SourceBadge origin="filing" label={originLabels.filing} source={info.reported.source} />
                </span>
                <span className="col-span-2 md:col-span-1">
                  <GrowthInput
                    ticker={company.ticker}
                    percent={company.growthPercent}
                    label={fillTemplate(labels.growthInput, { company: info.name })}
                    onChange={(value) => edit(withGrowth(state, info, value, note.growth))}
                  />
                </span>
                <span className="text-right font-semibold tabular-nums" data-testid={`value-2025-${company.ticker}`}>
                  {usd(company.value2025UsdBn)}
                  <span className="block text-xs font-normal text-slate-500" data-testid={`growth-${company.ticker}`}>
                    {percent(company.growthPercent / 100)}
                  </span>
                </span>
                <GrowthOrigin company={company} info={info} locale={locale} labels={labels} originLabels={originLabels} noteSource={note.source} />
              </li>
            );
          })}
          <li className="grid grid-cols-2 items-center gap-3 px-4 py-3 font-semibold md:grid-cols-[minmax(8rem,1fr)_9rem_minmax(14rem,2fr)_9rem_9rem]">
            <span>{labels.total}</span>
            <span className="text-right tabular-nums">{usd(outcome.total2024UsdBn)}</span>
            <span className="hidden md:block" />
            <span className="text-right tabular-nums">
              {usd(outcome.total2025UsdBn)}
              <span className="block text-xs font-normal text-slate-500">{percent(outcome.totalGrowth)}</span>
            </span>
          </li>
        </ul>
        <noscript>
          <div className="px-4 py-3">
            <button type="submit" className="rounded-md bg-accent px-4 py-1.5 text-sm text-white">{labels.apply}</button>
          </div>
        </noscript>
      </form>

      <section aria-labelledby="capex-statements" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <h2 id="capex-statements" className="font-semibold">{labels.statementsTitle}</h2>
        <ul className="mt-2 space-y-1.5">
          {companies.map((company) => (
            <li key={company.ticker} data-testid={`statement-${company.ticker}`}>
              <span className="font-medium">{company.name}</span>:{" "}
              {company.guidance && company.guidance2025UsdBn !== null ? (
                <>
                  {guidanceAmount(company.guidance, locale)} ({company.guidance.basis}
                  {company.guidance.saidOn ? `, ${fillTemplate(labels.saidOn, { date: formatDate(company.guidance.saidOn, locale) })}` : ""}){" "}
                  <SourceBadge origin="statement" label={originLabels.statement} source={company.guidance.source} />
                  <span className="block text-xs text-slate-500">{company.guidance.source}</span>
                </>
              ) : (
                <span className="text-slate-600">{labels.noGuidance}</span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <CapexCharts
        locale={locale}
        outcome={chartOutcome}
        companyNames={companyNames}
        note={note}
        scenarioInWords={chartWords}
        fileParts={chartFileParts}
        query={chartQuery}
        savedScenarioName={chartState.scenarioId ? savedScenarioName : null}
        labels={labels}
        chartLabels={chartLabels}
      />

      <SaveScenarioForm query={serializeCapexQuery({ ...state, scenarioId: null })} action={saveAction} labels={labels} />
    </div>
  );
}

function GrowthOrigin({
  company,
  info,
  locale,
  labels,
  originLabels,
  noteSource,
}: {
  company: CompanyOutcome;
  info: CapexCompany;
  locale: AppLocale;
  labels: CapexLabels;
  originLabels: Record<FigureOrigin, string>;
  noteSource: string;
}) {
  const text = <span className="text-xs text-slate-600">{labels[`from_${company.growthFrom}`]}</span>;
  if (company.growthFrom === "consensus") return <span className="flex flex-wrap items-center gap-1">{text}<SourceBadge origin="note" label={originLabels.note} source={noteSource} /></span>;
  if (company.growthFrom === "guidance" && info.guidance) {
    return (
      <span className="flex flex-wrap items-center gap-1">
        {text}
        <SourceBadge origin="statement" label={originLabels.statement} source={info.guidance.source} />
        {info.guidance.saidOn ? <span className="text-xs text-slate-500">{formatDate(info.guidance.saidOn, locale)}</span> : null}
      </span>
    );
  }
  return text;
}

function guidanceAmount(guidance: NonNullable<CapexCompany["guidance"]>, locale: AppLocale): string {
  if (guidance.usdBn !== null) return formatUsdBn(guidance.usdBn, locale);
  if (guidance.usdBnLow !== null && guidance.usdBnHigh !== null) {
    return `${formatUsdBn(guidance.usdBnLow, locale)} – ${formatUsdBn(guidance.usdBnHigh, locale)}`;
  }
  return "—";
}

/** Replaces the URL's query with the state's, at most every URL_UPDATE_DELAY_MS, without adding history entries. */
function useUrlFollowsState(query: string, enabled: boolean) {
  const latest = useRef(query);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = query;
    if (!enabled || timer.current !== null || window.location.search === `?${query}`) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      if (window.location.search !== `?${latest.current}`) {
        window.history.replaceState(null, "", `${window.location.pathname}?${latest.current}`);
      }
    }, URL_UPDATE_DELAY_MS);
  }, [query, enabled]);
  useEffect(() => () => {
    if (timer.current !== null) clearTimeout(timer.current);
  }, []);
}
