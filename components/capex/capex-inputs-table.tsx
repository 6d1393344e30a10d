import { SourceBadge } from "@/components/ui/source-badge";
import type { AppLocale } from "@/i18n/routing";
import type { CapexCompany } from "@/lib/capex/companies";
import type { OriginatedFigure } from "@/lib/capex/figure-origins";
import {
  GROWTH_MAX_PERCENT,
  GROWTH_MIN_PERCENT,
  type CapexScenarioOutcome,
  type CompanyOutcome,
} from "@/lib/capex/scenario";
import { formatDate, formatPercent, formatUsdBn } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { CapexPreset, FigureOrigin } from "@/lib/vocabulary";

import type { CapexLabels } from "./capex-labels";
import { GrowthInput } from "./growth-input";

type Props = {
  locale: AppLocale;
  companies: CapexCompany[];
  outcome: CapexScenarioOutcome;
  /** The base preset, sent by the no-JavaScript form with the inputs. */
  preset: CapexPreset;
  /** Each company's 2024 base and 2025 growth with their origins (lib/capex/figure-origins.ts). */
  origins: { ticker: string; base2024: OriginatedFigure; growth: OriginatedFigure }[];
  labels: CapexLabels;
  originLabels: Record<FigureOrigin, string>;
  onGrowth: (company: CapexCompany, percent: number) => void;
};

/**
 * One row per company: its 2025 value, its 2024 base (filing) and a growth input, with where the
 * growth comes from. Compact enough to sit beside the chart; without JavaScript it is a GET form.
 */
export function CapexInputsTable({
  locale,
  companies,
  outcome,
  preset,
  origins,
  labels,
  originLabels,
  onGrowth,
}: Props) {
  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const percent = (ratio: number) => formatPercent(ratio, locale, { signed: true });
  const clampedMessage = (typed: number, applied: number) =>
    fillTemplate(labels.growthClamped, {
      typed: percent(typed / 100),
      min: percent(GROWTH_MIN_PERCENT / 100),
      max: percent(GROWTH_MAX_PERCENT / 100),
      applied: percent(applied / 100),
    });

  return (
    <form
      method="get"
      onSubmit={(event) => event.preventDefault()}
      aria-label={labels.inputsLabel}
      className="rounded-lg border border-slate-200 bg-white"
      data-testid="capex-inputs"
    >
      <input type="hidden" name="preset" value={preset} />
      <ul>
        {outcome.companies.map((company) => {
          const info = companies.find((candidate) => candidate.ticker === company.ticker);
          const origin = origins.find((candidate) => candidate.ticker === company.ticker);
          if (!info || !origin) return null;
          return (
            <li
              key={company.ticker}
              data-testid={`company-${company.ticker}`}
              className="border-b border-slate-100 px-4 py-2.5"
            >
              <div className="flex items-baseline justify-between gap-3">
                <span className="font-medium">{info.name}</span>
                <span className="text-right font-semibold tabular-nums" data-testid={`value-2025-${company.ticker}`}>
                  {usd(company.value2025UsdBn)}{" "}
                  <span className="text-xs font-normal text-slate-500" data-testid={`growth-${company.ticker}`}>
                    {percent(company.growthPercent / 100)}
                  </span>
                </span>
              </div>
              <p className="mt-0.5 flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs text-slate-500">
                <span className="tabular-nums">
                  {fillTemplate(labels.base2024, { amount: usd(info.base2024UsdBn), basis: info.reported.basis })}
                </span>
                <SourceBadge
                  origin={origin.base2024.origin}
                  label={originLabels[origin.base2024.origin]}
                  source={origin.base2024.source}
                />
              </p>
              {/* On a phone the growth's origin goes under the slider, so the slider gets the card's width. */}
              <div className="mt-1.5 grid grid-cols-1 items-start gap-x-3 gap-y-1 sm:grid-cols-[minmax(0,1fr)_auto]">
                <GrowthInput
                  ticker={company.ticker}
                  percent={company.growthPercent}
                  label={fillTemplate(labels.growthInput, { company: info.name })}
                  valueText={percent(company.growthPercent / 100)}
                  clampedMessage={clampedMessage}
                  onChange={(value) => onGrowth(info, value)}
                />
                <GrowthOrigin
                  company={company}
                  info={info}
                  growth={origin.growth}
                  locale={locale}
                  labels={labels}
                  originLabels={originLabels}
                />
              </div>
              {/* A plan on another basis than the 2024 filing says next to the figure what it is compared with. */}
              {company.growthFrom === "guidance" && info.guidance?.measure ? (
                <p className="mt-1 text-xs text-slate-500" data-testid={`growth-compared-${company.ticker}`}>
                  {origin.growth.source}
                </p>
              ) : null}
            </li>
          );
        })}
        <li className="flex items-baseline justify-between gap-3 px-4 py-2.5 font-semibold">
          <span>{labels.total}</span>
          <span className="text-right tabular-nums">
            {usd(outcome.total2025UsdBn)}{" "}
            <span className="text-xs font-normal text-slate-500">{percent(outcome.totalGrowth)}</span>
          </span>
        </li>
      </ul>
      <noscript>
        <div className="px-4 pb-3">
          <button type="submit" className="rounded-md bg-accent px-4 py-1.5 text-sm text-white">
            {labels.apply}
          </button>
        </div>
      </noscript>
    </form>
  );
}

/** Where the growth comes from in words, its origin badge and, under guidance, the statement it rests on with its date. */
function GrowthOrigin({
  company,
  info,
  growth,
  locale,
  labels,
  originLabels,
}: {
  company: CompanyOutcome;
  info: CapexCompany;
  growth: OriginatedFigure;
  locale: AppLocale;
  labels: CapexLabels;
  originLabels: Record<FigureOrigin, string>;
}) {
  // A fixed width, so every row's slider has the same length.
  return (
    <span
      className="flex min-h-7 flex-wrap items-center gap-1 sm:w-32 sm:justify-end sm:text-right"
      data-testid={`growth-origin-${company.ticker}`}
    >
      <span className="text-xs text-slate-600">{labels[`from_${company.growthFrom}`]}</span>
      <SourceBadge origin={growth.origin} label={originLabels[growth.origin]} source={growth.source} />
      {company.growthFrom === "guidance" && info.guidance ? (
        <>
          <SourceBadge origin="statement" label={originLabels.statement} source={info.guidance.source} />
          {info.guidance.saidOn ? (
            <span className="text-xs text-slate-500">{formatDate(info.guidance.saidOn, locale)}</span>
          ) : null}
        </>
      ) : null}
    </span>
  );
}
