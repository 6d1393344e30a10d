import type { ChartPanelLabels } from "@/components/charts/chart-panel";
import type { AppLocale } from "@/i18n/routing";
import type { CapexActuals } from "@/lib/capex/after-note";
import type { PlanBasisTexts } from "@/lib/capex/plan-bases";
import type { CapexScenarioOutcome } from "@/lib/capex/scenario";
import { formatDecimal, usdBnInLocaleUnit } from "@/lib/format";

import type { CapexLabels } from "./capex-labels";

/** Amounts are charted in the unit the locale counts in (亿美元 or USD bn), named once in the axis title. */
export function amountIn(locale: AppLocale) {
  const digits = locale === "zh" ? 0 : 1;
  return {
    amount: (valueBn: number) => usdBnInLocaleUnit(valueBn, locale),
    /** The amount at the precision the page prints it (whole 亿, a tenth of a billion): what tables and CSV hold. */
    shown: (valueBn: number) => Math.round(usdBnInLocaleUnit(valueBn, locale) * 10 ** digits) / 10 ** digits,
    text: (value: number) => formatDecimal(value, locale, digits),
  };
}

/** One capex state, as both capex panels take it (the view passes deferred props, so typing never waits for a redraw). */
export type CapexChartProps = {
  locale: AppLocale;
  outcome: CapexScenarioOutcome;
  companyNames: string[];
  note: { total2024UsdBn: number; growth: number; total2025UsdBn: number };
  /**
   * What the companies then spent (10-K, the same lines as 2024): per company, and the five's total
   * with its growth on the filings' 2024 (null until all five have reported).
   */
  actual: CapexActuals;
  /** What the guidance preset did with each plan, and which bars are not on the actual's basis (lib/capex/plan-bases.ts). */
  bases: PlanBasisTexts;
  /** The scenario in words, e.g. "Company guidance preset, edited: Apple +10%". */
  scenarioInWords: string;
  /** The state's parts for file names (capexFileParts). */
  fileParts: string[];
  /** The state's query, for Copy link and the PNG's URL (the address bar follows edits after a pause). */
  query: string;
  /** The saved scenario this state is, if any: named on the charts and in their exports. */
  savedScenarioName?: string | null;
  /** Whether the charts' caveats show under them (embed mode; the full page states them above). */
  caveatsOnScreen?: boolean;
  labels: CapexLabels;
  chartLabels: ChartPanelLabels;
};

/** What both capex panels share: their strings, locale, the state's query, height and the saved scenario's name. */
export function sharedPanelProps(props: CapexChartProps) {
  return {
    labels: props.chartLabels,
    locale: props.locale,
    query: props.query,
    height: 288,
    notesOnScreen: props.caveatsOnScreen ?? false,
    scenarioName: props.savedScenarioName,
    exportView: "capex" as const,
  };
}
