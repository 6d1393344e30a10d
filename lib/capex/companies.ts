import type { AppLocale } from "@/i18n/routing";
import type { CapexFigureRecord } from "@/lib/db/capex";
import { pick } from "@/lib/locale";
import { CAPEX_TICKERS, guidanceMidpoint, type CapexCompanyBase, type CapexTicker } from "./scenario";

/** A company as the capex view shows it: the scenario inputs plus where each figure comes from. */
export type CapexCompany = CapexCompanyBase & {
  name: string;
  reported: { basis: string; source: string };
  guidance: { usdBn: number | null; usdBnLow: number | null; usdBnHigh: number | null; basis: string; saidOn: string | null; source: string } | null;
};

function isCapexTicker(value: string): value is CapexTicker {
  return (CAPEX_TICKERS as readonly string[]).includes(value);
}

/** The five companies in ticker order, from the database's reported 2024 and guidance 2025 rows. */
export function toCapexCompanies(figures: CapexFigureRecord[], locale: AppLocale): CapexCompany[] {
  const companies: CapexCompany[] = [];
  for (const reported of figures) {
    const ticker = reported.company.ticker?.toLowerCase() ?? "";
    if (reported.kind !== "reported" || reported.year !== 2024 || reported.usdBn === null || !isCapexTicker(ticker)) continue;
    const guidance = figures.find((figure) => figure.companyId === reported.companyId && figure.kind === "guidance" && figure.year === 2025);
    companies.push({
      ticker,
      name: pick(locale, reported.company.nameZh, reported.company.nameEn),
      base2024UsdBn: reported.usdBn,
      guidance2025UsdBn: guidance ? guidanceMidpoint(guidance) : null,
      reported: { basis: reported.basis, source: reported.source },
      guidance: guidance
        ? { usdBn: guidance.usdBn, usdBnLow: guidance.usdBnLow, usdBnHigh: guidance.usdBnHigh, basis: guidance.basis, saidOn: guidance.saidOn, source: guidance.source }
        : null,
    });
  }
  return companies.sort((a, b) => CAPEX_TICKERS.indexOf(a.ticker) - CAPEX_TICKERS.indexOf(b.ticker));
}
