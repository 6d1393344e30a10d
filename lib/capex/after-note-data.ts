import "server-only";

import { cache } from "react";

import type { AppLocale } from "@/i18n/routing";
import { capexRowsAsOf } from "@/lib/db/capex";
import { getKeyFigures } from "@/lib/db/key-figures";
import { derivedCompanyAmount } from "@/lib/figures/derived-amounts";
import { figureExplainer } from "@/lib/figures/explain";
import type { Figure } from "@/lib/figures/origin";
import type { CapexTicker } from "@/lib/vocabulary";

import { nextYearPlans, noteVsActual, planPaths, type NoteCapex } from "./after-note";
import { toCapexCompanies } from "./companies";
import { guidanceGrowthFigure } from "./guidance";
import { computeScenario } from "./scenario";

/** The note's capex key figures, or an error naming what the seed did not write. */
export function noteCapexFrom(
  keyFigures: Awaited<ReturnType<typeof getKeyFigures>>,
): NoteCapex & { total2024UsdBn: number } {
  const total2024 = keyFigures.get("capex_total_2024");
  const growth = keyFigures.get("capex_growth_2025");
  const total2025 = keyFigures.get("capex_total_2025_implied");
  if (!total2024 || !growth || !total2025)
    throw new Error("The database lacks the note's capex key figures; run the seed.");
  return {
    total2024UsdBn: total2024.value,
    growth: growth.value,
    total2025UsdBn: total2025.value,
    source: total2024.source,
  };
}

/**
 * What happened after the note, for the capex view and the Summary, texts in `locale`: the companies
 * with their 2024, 2025 plan and 2025 actual; the note against the actuals (totals and per company,
 * the scenario being the note's consensus); each company's 2025 plans as they moved, with the outcome
 * on the plans' basis; the 2026 plans and revisions; and each company's guidance growth as a figure
 * that says what it compares. Two SQL statements (capex figures, company-basis amounts) plus the
 * key figures, once per request (React cache). `dataVersion`: the figures as of that data version
 * (a pinned link; lib/db/pinned-data.ts), else the current ones.
 */
export const loadAfterNote = cache(async (locale: AppLocale, dataVersion: number | null = null) => {
  const [{ figures, ownBasis }, keyFigures, explain] = await Promise.all([
    capexRowsAsOf(dataVersion),
    getKeyFigures(locale),
    figureExplainer(locale),
  ]);
  const note = noteCapexFrom(keyFigures);
  const companies = toCapexCompanies(figures, ownBasis, locale);
  const consensus = computeScenario({ preset: "consensus", overrides: {} }, companies, note.growth);
  return {
    note,
    companies,
    noteVsActual: noteVsActual(companies, note, consensus, explain),
    planPaths: planPaths(companies, ownBasis, locale, explain, 2025),
    nextYearPlans: nextYearPlans(companies, ownBasis, locale, explain, 2026),
    /** What a 2025 plan the guidance preset uses is computed from, where it is not the company's own figure (Amazon's 105). */
    guidanceComputedFrom: Object.fromEntries(
      companies.flatMap((company) => {
        const guidance = company.guidance;
        const derived = guidance
          ? derivedCompanyAmount(company.ticker, "guidance", 2025, guidance.saidOn, guidance.usdBn)
          : null;
        return derived ? [[company.ticker, explain(derived.explanation)]] : [];
      }),
    ) as Partial<Record<CapexTicker, string>>,
    guidanceGrowth: Object.fromEntries(
      companies.map((company) => [company.ticker, guidanceGrowthFigure(company, explain)]),
    ) as Partial<Record<CapexTicker, Figure | null>>,
  };
});

export type AfterNote = Awaited<ReturnType<typeof loadAfterNote>>;
