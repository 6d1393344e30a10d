import type { AppLocale } from "@/i18n/routing";
import { formatList, formatPercent } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { CapexScenarioOutcome, CapexScenarioState, EffectivePreset } from "./scenario";

/** The "Capex" messages the scenario's words are made of (templates with {placeholders}). */
export type CapexWordsLabels = Record<`preset_${EffectivePreset}`, string> & { scenarioInWords: string; scenarioInWordsCustom: string };

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
    .map((company) => `${companyNames[company.ticker] ?? company.ticker} ${formatPercent(company.growthPercent / 100, locale, { signed: true })}`);
  return fillTemplate(labels.scenarioInWordsCustom, { preset, overrides: formatList(overrides, locale) });
}
