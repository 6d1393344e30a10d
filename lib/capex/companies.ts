import type { AppLocale } from "@/i18n/routing";
import type { CapexFigureRecord, CompanyBasisRecord } from "@/lib/db/capex";
import { pick } from "@/lib/locale";
import { CAPEX_TICKERS, type CapexTicker } from "@/lib/vocabulary";

import { guidanceMidpoint, type CapexCompanyBase } from "./scenario";

/** A company as the capex view shows it: the scenario inputs plus where each figure comes from, texts in the reader's language. */
export type CapexCompany = CapexCompanyBase & {
  name: string;
  reported: { basis: string; source: string };
  guidance: {
    usdBn: number | null;
    usdBnLow: number | null;
    usdBnHigh: number | null;
    basis: string;
    /** The company said "about" the amount (its statement reads so in facts.json). */
    approximate: boolean;
    /** What the plan measures when it is not the cash-flow line (e.g. "incl. principal payments on finance leases"). */
    measure: string | null;
    saidOn: string | null;
    source: string;
  } | null;
  /** The fiscal-2025 10-K figure on the same line as 2024, once reported. */
  actual: {
    usdBn: number;
    basis: string;
    source: string;
    accession: string | null;
    filedOn: string | null;
    sourceUrl: string | null;
  } | null;
};

export function isCapexTicker(value: string): value is CapexTicker {
  return (CAPEX_TICKERS as readonly string[]).includes(value);
}

/**
 * The five companies in ticker order, from the database's reported 2024 and 2025 rows, the 2025
 * guidance and, for the guidance's like-for-like growth, 2024 on a company's own basis (Meta's 39.225).
 */
export function toCapexCompanies(
  figures: CapexFigureRecord[],
  ownBasis: CompanyBasisRecord[],
  locale: AppLocale,
): CapexCompany[] {
  const companies: CapexCompany[] = [];
  const text = (zh: string, en: string) => pick(locale, zh, en);
  for (const reported of figures) {
    const ticker = reported.company.ticker?.toLowerCase() ?? "";
    if (reported.kind !== "reported" || reported.year !== 2024 || reported.usdBn === null || !isCapexTicker(ticker))
      continue;
    const sameCompany = (figure: { companyId: number }) => figure.companyId === reported.companyId;
    const guidance = figures.find(
      (figure) => sameCompany(figure) && figure.kind === "guidance" && figure.year === 2025,
    );
    const actual = figures.find(
      (figure) => sameCompany(figure) && figure.kind === "reported" && figure.year === 2025 && figure.usdBn !== null,
    );
    const ownBasis2024 = ownBasis.find(
      (amount) =>
        sameCompany(amount) && amount.kind === "actual" && amount.fiscalYear === 2024 && amount.usdBn !== null,
    );
    companies.push({
      ticker,
      name: text(reported.company.nameZh, reported.company.nameEn),
      base2024UsdBn: reported.usdBn,
      guidance2025UsdBn: guidance ? guidanceMidpoint(guidance) : null,
      ...(guidance && ownBasis2024?.usdBn != null ? { guidanceBase2024UsdBn: ownBasis2024.usdBn } : {}),
      actual2025UsdBn: actual?.usdBn ?? null,
      reported: { basis: text(reported.basisZh, reported.basisEn), source: text(reported.sourceZh, reported.sourceEn) },
      guidance: guidance
        ? {
            usdBn: guidance.usdBn,
            usdBnLow: guidance.usdBnLow,
            usdBnHigh: guidance.usdBnHigh,
            basis: text(guidance.basisZh, guidance.basisEn),
            approximate: /\babout\b/i.test(guidance.lineEn ?? ""),
            measure:
              guidance.measureZh !== null && guidance.measureEn !== null
                ? text(guidance.measureZh, guidance.measureEn)
                : null,
            saidOn: guidance.saidOn,
            source: text(guidance.sourceZh, guidance.sourceEn),
          }
        : null,
      actual:
        actual && actual.usdBn !== null
          ? {
              usdBn: actual.usdBn,
              basis: text(actual.basisZh, actual.basisEn),
              source: text(actual.sourceZh, actual.sourceEn),
              accession: actual.accession,
              filedOn: actual.filedOn,
              sourceUrl: actual.sourceUrl,
            }
          : null,
    });
  }
  return companies.sort((a, b) => CAPEX_TICKERS.indexOf(a.ticker) - CAPEX_TICKERS.indexOf(b.ticker));
}
