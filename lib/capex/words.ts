import type { Messages } from "next-intl";

import type { AppLocale } from "@/i18n/routing";
import { formatDate, formatList, formatPercent, formatStatedUsdBn, formatStatedUsdBnRange } from "@/lib/format";
import { fillTemplate } from "@/lib/template";

import type { CapexScenarioOutcome, CapexScenarioState, EffectivePreset } from "./scenario";

/** The "Capex" messages the scenario's words are made of (templates with {placeholders}). */
export type CapexWordsLabels = Record<`preset_${EffectivePreset}`, string> & {
  scenarioInWords: string;
  scenarioInWordsCustom: string;
};

/** The "Capex" messages of the headline and statement lines. */
export type CapexLineLabels = Pick<
  Messages["Capex"],
  "statementLine" | "statementLineUndated" | "statementNone" | "statedAbout" | "saidOn" | "noGuidance"
>;

/**
 * The scenario in words, for chart subtitles, PNG exports and link previews:
 * "Company guidance preset, edited: Apple +10%" / "“公司指引”预设,自定义:苹果 +10%".
 */
export function capexScenarioInWords(
  state: CapexScenarioState,
  outcome: CapexScenarioOutcome,
  companyNames: Partial<Record<string, string>>,
  labels: CapexWordsLabels,
  locale: AppLocale,
): string {
  const preset = labels[`preset_${state.preset}`];
  if (outcome.preset !== "custom") return fillTemplate(labels.scenarioInWords, { preset });
  const overrides = outcome.companies
    .filter((company) => company.growthFrom === "override")
    .map(
      (company) =>
        `${companyNames[company.ticker] ?? company.ticker} ${formatPercent(company.growthPercent / 100, locale, { signed: true })}`,
    );
  return fillTemplate(labels.scenarioInWordsCustom, { preset, overrides: formatList(overrides, locale) });
}

type Guidance = {
  /** The company said "about" (Microsoft's about 80, Alphabet's about 75). */
  approximate?: boolean;
  usdBn: number | null;
  usdBnLow: number | null;
  usdBnHigh: number | null;
  basis: string;
  saidOn: string | null;
};

/**
 * One company's 2025 statement as a line: "Meta：600–650 亿美元（2025，2025 年 1 月 24 日发表）"; a range keeps
 * its unit once, and a company without guidance says so.
 */
export function capexStatementInWords(
  company: string,
  guidance: Guidance | null,
  labels: CapexLineLabels,
  locale: AppLocale,
): string {
  // At the precision the company stated it ("about USD 80 bn", not "USD 80.0 bn").
  const stated =
    guidance?.usdBn != null
      ? formatStatedUsdBn(guidance.usdBn, locale)
      : guidance?.usdBnLow != null && guidance.usdBnHigh != null
        ? formatStatedUsdBnRange(guidance.usdBnLow, guidance.usdBnHigh, locale)
        : null;
  const amount =
    stated !== null && guidance?.approximate ? fillTemplate(labels.statedAbout, { amount: stated }) : stated;
  if (!guidance || amount === null)
    return fillTemplate(labels.statementNone, { company, noGuidance: labels.noGuidance });
  return guidance.saidOn
    ? fillTemplate(labels.statementLine, {
        company,
        amount,
        basis: guidance.basis,
        said: fillTemplate(labels.saidOn, { date: formatDate(guidance.saidOn, locale) }),
      })
    : fillTemplate(labels.statementLineUndated, { company, amount, basis: guidance.basis });
}
