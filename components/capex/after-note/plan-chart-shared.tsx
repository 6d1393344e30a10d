import { createLoader } from "nuqs";
import { useCallback } from "react";

import { latestCapexState } from "@/components/capex/use-capex-url-state";
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

const loadCapexUrl = createLoader(capexUrlParsers);

/**
 * The capex link for a section, read when Copy link or the embed asks for it (not subscribed to the
 * URL state: a slider move would otherwise re-render every after-note chart). The address bar may
 * still be catching up with the last edit (it is written after a pause), so the scenario view's
 * latest state comes first; an embedded section has no inputs and reads its address.
 */
export function useSectionQuery(section: CapexSection): () => string {
  return useCallback(() => {
    const state = latestCapexState() ?? capexStateFromUrl(loadCapexUrl(window.location.search));
    return serializeCapexQuery({ ...state, section });
  }, [section]);
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
