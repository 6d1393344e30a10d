import "server-only";

import { getTranslations } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";
import { formatPercent, formatUsdBn, formatUsdBnRange } from "@/lib/format";

import type { ExplainFigure, FigureExplanation } from "./origin";

/**
 * Formats an explanation's values by their names' convention (origin.ts): …UsdBn amounts, …Ratio
 * ratios; a pair …LowUsdBn / …HighUsdBn also gives …Range ("600–650 亿美元").
 */
export function formatExplanationValues(
  values: FigureExplanation["values"],
  locale: AppLocale,
): Record<string, string | number> {
  const formatted: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== "number") formatted[name] = value;
    else if (name.endsWith("UsdBn")) formatted[name] = formatUsdBn(value, locale);
    else if (name.endsWith("Ratio"))
      formatted[name] = formatPercent(value, locale); // prose: "按研报的 19.6% 增长", no "+"
    else formatted[name] = value;
    const high = values[name.replace(/LowUsdBn$/, "HighUsdBn")];
    if (name.endsWith("LowUsdBn") && typeof value === "number" && typeof high === "number") {
      formatted[name.replace(/LowUsdBn$/, "Range")] = formatUsdBnRange(value, high, locale);
    }
  }
  return formatted;
}

/** Says in the reader's language what a computed or assumed figure comes from (the `Figures` messages). */
export async function figureExplainer(locale: AppLocale): Promise<ExplainFigure> {
  const t = await getTranslations({ locale, namespace: "Figures" });
  return ({ key, values }) => t(key as Parameters<typeof t>[0], formatExplanationValues(values, locale));
}
