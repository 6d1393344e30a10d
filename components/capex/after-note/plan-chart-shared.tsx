import { useQueryStates } from "nuqs";
import { useMemo } from "react";

import type { ChartPanelLabels } from "@/components/charts/chart-panel";
import type { AppLocale } from "@/i18n/routing";
import type { PlanStatement } from "@/lib/capex/after-note";
import { capexStateFromUrl, capexUrlParsers, serializeCapexQuery, type CapexSection } from "@/lib/capex/view-state";
import { formatDecimal, formatUsdBn, formatUsdBnRange } from "@/lib/format";

import type { AfterNoteLabels } from "./labels";

/** What both plan charts take besides their data, and the helpers both use. */
export type PlanChartProps = {
  locale: AppLocale;
  labels: AfterNoteLabels;
  chartLabels: ChartPanelLabels;
  /** Whether the caveats show under the chart (embed mode) as well as in the exports. */
  notesOnScreen?: boolean;
};

/** The capex link for a section, as the address bar says it now: Copy link and the embed keep the scenario. */
export function useSectionQuery(section: CapexSection): string {
  const [values] = useQueryStates(capexUrlParsers);
  return useMemo(() => serializeCapexQuery({ ...capexStateFromUrl(values), section }), [values, section]);
}

export const amountText = (locale: AppLocale) => (value: number) =>
  formatDecimal(value, locale, locale === "zh" ? 0 : 1);
export const statementText = (statement: PlanStatement, locale: AppLocale): string | null =>
  statement.usdBn !== null
    ? formatUsdBn(statement.usdBn, locale)
    : statement.usdBnLow !== null && statement.usdBnHigh !== null
      ? formatUsdBnRange(statement.usdBnLow, statement.usdBnHigh, locale)
      : null;
/** A company name before Chinese text: a Latin name ("Meta") keeps the space the zh typography puts between scripts. */
export const beforeChinese = (name: string, locale: AppLocale) =>
  locale === "zh" && /[A-Za-z0-9)]$/.test(name) ? `${name} ` : name;
/** A plan's value on the chart: the point, or a range's midpoint (the range itself is drawn as a bar). */
export const planValue = (statement: PlanStatement): number | null =>
  statement.usdBn ??
  (statement.usdBnLow !== null && statement.usdBnHigh !== null ? (statement.usdBnLow + statement.usdBnHigh) / 2 : null);
