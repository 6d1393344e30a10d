import type { AppLocale } from "@/i18n/routing";
import type { CompanyBasisRecord } from "@/lib/db/capex";
import { derivedCompanyAmount } from "@/lib/figures/derived-amounts";
import { computedFigure, recordedFigure, scenarioFigure, type ExplainFigure, type Figure } from "@/lib/figures/origin";
import { pick } from "@/lib/locale";
import type { CapexTicker } from "@/lib/vocabulary";

import { companyBasis, likeForLike, sumLikeForLike, type CompanyBasisAmount, type LikeForLikeAmount } from "./basis";
import type { CapexCompany } from "./companies";
import type { CapexScenarioOutcome } from "./scenario";

/**
 * What happened after the note (2025-01-27): its 2025 scenario against what the five companies then
 * reported, and how their own plans moved on the way. Pure: the loader (after-note-data.ts) reads the
 * rows; every figure comes back with its origin and a text saying where it comes from.
 */

/** The note's own 2025 figures, as the key figures hold them (the 2025 total computed from its 2024 total and growth). */
export type NoteCapex = { total2024UsdBn: number; total2025UsdBn: number; growth: number; source: string };

export type NoteVsActualCompany = {
  ticker: CapexTicker;
  name: string;
  /** Fiscal 2024 and fiscal 2025 in words, e.g. "FY2025 (Jul 2024 - Jun 2025)". */
  fiscalYear2024: string;
  fiscalYear2025: string | null;
  base2024: Figure;
  /** The scenario's 2025 value for the company (the note's growth under the consensus preset). */
  scenario2025: Figure;
  /** Null until the company's fiscal-2025 10-K is in the database. */
  actual2025: Figure | null;
  actualGrowth: Figure | null;
  /** Actual less scenario, in USD bn and as a ratio of the scenario. */
  gapUsdBn: Figure | null;
  gapRatio: Figure | null;
  filing: { accession: string | null; filedOn: string | null; sourceUrl: string | null } | null;
};

export type NoteVsActual = {
  note2025: Figure;
  /** The five companies' 2024 filings summed (226.7), and grown by the note's rate (271.2). */
  filings2024: Figure;
  consensusOnFilings2025: Figure;
  /** Like-for-like 2025 actuals summed (370.2); null until all five have reported. */
  actual2025: Figure | null;
  actualGrowth: Figure | null;
  /** How far the actual total came out above the note's 269.5, in USD bn and as a ratio. */
  missUsdBn: Figure | null;
  missRatio: Figure | null;
  /**
   * The miss reconciled with the table: the per-company gaps (against the filings-based scenario)
   * summed, and the filings-based scenario less the note's figure; the two add up to missUsdBn.
   */
  gapsTotalUsdBn: Figure | null;
  baseDifferenceUsdBn: Figure;
  companies: NoteVsActualCompany[];
};

/**
 * The note's scenario beside the actual 2025 capex, totals and company by company. `scenario` gives
 * each company's 2025 scenario value (the view passes the consensus preset, the note's own call).
 * Totals sum like-for-like amounts only (lib/capex/basis.ts).
 */
export function noteVsActual(
  companies: CapexCompany[],
  note: NoteCapex,
  scenario: CapexScenarioOutcome,
  explain: ExplainFigure,
): NoteVsActual {
  const base2024 = companies.map((company) => likeForLike({ kind: "reported", usdBn: company.base2024UsdBn }));
  const filings2024 = sumLikeForLike(base2024);
  const reported = companies.flatMap((company) =>
    company.actual ? [likeForLike({ kind: "reported", usdBn: company.actual.usdBn })] : [],
  );
  const allReported = companies.length > 0 && reported.length === companies.length;
  const actualTotal = sumLikeForLike(reported);
  const count = companies.length;

  const consensusOnFilings = filings2024 * (1 + note.growth);
  const companyRows = companies.map((company) => companyVsActual(company, scenario, explain));
  const gaps = companyRows.flatMap((company) => (company.gapUsdBn ? [company.gapUsdBn.value] : []));
  return {
    // The note states 2024's total and the growth, never this amount: computed (lib/figures/capex-table.ts).
    note2025: computedFigure(note.total2025UsdBn, explain, "noteTotal2025", {
      noteTotalUsdBn: note.total2024UsdBn,
      growthRatio: note.growth,
    }),
    filings2024: computedFigure(filings2024, explain, "filingsTotal2024", { count }),
    consensusOnFilings2025: computedFigure(consensusOnFilings, explain, "consensusOnFilings", {
      baseUsdBn: filings2024,
      growthRatio: note.growth,
    }),
    actual2025: allReported ? computedFigure(actualTotal, explain, "actualTotal2025", { count }) : null,
    actualGrowth: allReported
      ? computedFigure(actualTotal / filings2024 - 1, explain, "actualGrowth", {
          actualUsdBn: actualTotal,
          baseUsdBn: filings2024,
        })
      : null,
    missUsdBn: allReported
      ? computedFigure(actualTotal - note.total2025UsdBn, explain, "missUsdBn", {
          actualUsdBn: actualTotal,
          noteUsdBn: note.total2025UsdBn,
        })
      : null,
    missRatio: allReported
      ? computedFigure(actualTotal / note.total2025UsdBn - 1, explain, "missRatio", {
          actualUsdBn: actualTotal,
          noteUsdBn: note.total2025UsdBn,
        })
      : null,
    gapsTotalUsdBn: allReported
      ? computedFigure(
          gaps.reduce((sum, gap) => sum + gap, 0),
          explain,
          "gapsTotal",
          { scenarioUsdBn: consensusOnFilings },
        )
      : null,
    baseDifferenceUsdBn: computedFigure(consensusOnFilings - note.total2025UsdBn, explain, "baseDifference", {
      scenarioUsdBn: consensusOnFilings,
      noteUsdBn: note.total2025UsdBn,
      noteTotalUsdBn: note.total2024UsdBn,
      filingsUsdBn: filings2024,
    }),
    companies: companyRows,
  };
}

function companyVsActual(
  company: CapexCompany,
  scenario: CapexScenarioOutcome,
  explain: ExplainFigure,
): NoteVsActualCompany {
  const outcome = scenario.companies.find((candidate) => candidate.ticker === company.ticker);
  if (!outcome) throw new Error(`The scenario has no value for ${company.ticker}`);
  const scenarioValue = outcome.value2025UsdBn;
  const actual = company.actual;
  const named = { company: company.name };
  return {
    ticker: company.ticker,
    name: company.name,
    fiscalYear2024: company.reported.basis,
    fiscalYear2025: actual?.basis ?? null,
    base2024: recordedFigure(company.base2024UsdBn, "filing", company.reported.source),
    scenario2025: scenarioFigure(scenarioValue, explain, `scenario_${outcome.growthFrom}`, {
      ...named,
      growthRatio: outcome.growthPercent / 100,
    }),
    actual2025: actual ? recordedFigure(actual.usdBn, "filing", actual.source) : null,
    actualGrowth: actual
      ? computedFigure(actual.usdBn / company.base2024UsdBn - 1, explain, "companyActualGrowth", {
          ...named,
          actualUsdBn: actual.usdBn,
          baseUsdBn: company.base2024UsdBn,
        })
      : null,
    gapUsdBn: actual
      ? computedFigure(actual.usdBn - scenarioValue, explain, "companyGapUsdBn", {
          ...named,
          actualUsdBn: actual.usdBn,
          scenarioUsdBn: scenarioValue,
        })
      : null,
    gapRatio: actual
      ? computedFigure(actual.usdBn / scenarioValue - 1, explain, "companyGapRatio", {
          ...named,
          actualUsdBn: actual.usdBn,
          scenarioUsdBn: scenarioValue,
        })
      : null,
    filing: actual ? { accession: actual.accession, filedOn: actual.filedOn, sourceUrl: actual.sourceUrl } : null,
  };
}

/** The latest filing date among the actuals (ISO): how far "after the note" reaches; null before any. */
export function latestFiling(vs: NoteVsActual): string | null {
  const dates = vs.companies.flatMap((company) => (company.filing?.filedOn ? [company.filing.filedOn] : []));
  return dates.length > 0 ? dates.sort().at(-1)! : null;
}

/**
 * The actual 2025 figures the capex charts draw beside the scenario: per company, and the five's total
 * with its growth; and, where a company's plans are on its own basis, what it spent on that basis
 * (Microsoft 88.2, Amazon 128.32, Meta 72.215), for saying what a plan bar compares with.
 */
export type CapexActuals = {
  byTicker: Partial<Record<CapexTicker, number>>;
  totalUsdBn: number | null;
  growth: number | null;
  onPlanBasis: Partial<Record<CapexTicker, number>>;
};

export function chartActuals(vs: NoteVsActual, paths: PlanPath[] = []): CapexActuals {
  return {
    byTicker: Object.fromEntries(
      vs.companies.flatMap((company) => (company.actual2025 ? [[company.ticker, company.actual2025.value]] : [])),
    ),
    totalUsdBn: vs.actual2025?.value ?? null,
    growth: vs.actualGrowth?.value ?? null,
    onPlanBasis: Object.fromEntries(
      paths.flatMap((path) =>
        path.outcome?.amount.basis === "company" ? [[path.ticker, path.outcome.figure.value]] : [],
      ),
    ),
  };
}

/**
 * One dated statement of a plan: a point, a range, or no figure (all three null; `what` says what was
 * said). Its amount is the company's (`statement`), or one the figure table counts as computed from a
 * quarter the company gave (Amazon's 105 and 118; lib/figures/derived-amounts.ts): `computedFrom`
 * then says from what, in the reader's language.
 */
export type PlanStatement = {
  sequence: number;
  saidOn: string | null;
  usdBn: number | null;
  usdBnLow: number | null;
  usdBnHigh: number | null;
  what: string | null;
  origin: "statement" | "computed";
  computedFrom: string | null;
  source: string;
};

/** What a plan became: the company's actual on the plans' basis (its own, or the cash-flow line). */
export type PlanOutcome = {
  /** Tagged with its basis, so it cannot join a like-for-like total (lib/capex/basis.ts). */
  amount: LikeForLikeAmount | CompanyBasisAmount;
  figure: Figure;
  basis: string;
  filedOn: string | null;
  sourceUrl: string | null;
};

export type PlanPath = {
  ticker: CapexTicker;
  name: string;
  fiscalYear: number;
  /** The fiscal year in words, e.g. "2025 财年（2024.7–2025.6）". */
  period: string;
  /** The basis the plans are stated on, in words. */
  basis: string;
  statements: PlanStatement[];
  outcome: PlanOutcome | null;
};

const tickerOf = (row: CompanyBasisRecord) => row.company.ticker?.toLowerCase() ?? "";

function toStatement(row: CompanyBasisRecord, locale: AppLocale, explain: ExplainFigure): PlanStatement {
  const derived = derivedCompanyAmount(tickerOf(row) as CapexTicker, "plan", row.fiscalYear, row.saidOn, row.usdBn);
  return {
    sequence: row.sequence,
    saidOn: row.saidOn,
    usdBn: row.usdBn,
    usdBnLow: row.usdBnLow,
    usdBnHigh: row.usdBnHigh,
    what: row.whatZh !== null && row.whatEn !== null ? pick(locale, row.whatZh, row.whatEn) : null,
    origin: derived ? "computed" : "statement",
    computedFrom: derived ? explain(derived.explanation) : null,
    source: pick(locale, row.sourceZh, row.sourceEn),
  };
}

function plansOf(ticker: CapexTicker, fiscalYear: number, rows: CompanyBasisRecord[]): CompanyBasisRecord[] {
  return rows
    .filter((row) => row.kind === "plan" && row.fiscalYear === fiscalYear && tickerOf(row) === ticker)
    .sort((a, b) => a.sequence - b.sequence);
}

/**
 * Each company's plan for `fiscalYear` as it moved, in the order it was said, with the outcome on the
 * same basis: the company's own actual where it reports one (Meta 72.215), else the like-for-like
 * 10-K figure (Alphabet 91.447). Companies without a plan statement for the year are left out.
 */
export function planPaths(
  companies: CapexCompany[],
  rows: CompanyBasisRecord[],
  locale: AppLocale,
  explain: ExplainFigure,
  fiscalYear = 2025,
): PlanPath[] {
  return companies.flatMap((company) => {
    const plans = plansOf(company.ticker, fiscalYear, rows);
    const first = plans[0];
    if (!first) return [];
    const basis = pick(locale, first.basisZh, first.basisEn);
    return [
      {
        ticker: company.ticker,
        name: company.name,
        fiscalYear,
        period: pick(locale, first.periodZh, first.periodEn),
        basis,
        statements: plans.map((row) => toStatement(row, locale, explain)),
        outcome: planOutcome(company, rows, { locale, explain, fiscalYear, plansBasis: basis }),
      },
    ];
  });
}

/**
 * `plansBasis`: where the plans were on the cash-flow line itself (Alphabet, Apple), the outcome's basis
 * is that line, said as the plans say it, not the filing's fiscal year.
 */
function planOutcome(
  company: CapexCompany,
  rows: CompanyBasisRecord[],
  {
    locale,
    explain,
    fiscalYear,
    plansBasis,
  }: { locale: AppLocale; explain: ExplainFigure; fiscalYear: number; plansBasis: string },
): PlanOutcome | null {
  const own = rows.find(
    (row) =>
      row.kind === "actual" && row.fiscalYear === fiscalYear && tickerOf(row) === company.ticker && row.usdBn !== null,
  );
  if (own?.usdBn != null) {
    const origin = own.origin === "statement" ? "statement" : "filing";
    // Microsoft's 88.2 is its four quarters summed: computed, not the 10-K's (lib/figures/derived-amounts.ts).
    const derived = derivedCompanyAmount(company.ticker, "actual", fiscalYear, null, own.usdBn);
    return {
      amount: companyBasis(company.ticker, own.usdBn),
      figure: derived
        ? computedFigure(own.usdBn, explain, derived.explanation.key, derived.explanation.values)
        : recordedFigure(own.usdBn, origin, pick(locale, own.sourceZh, own.sourceEn)),
      basis: pick(locale, own.basisZh, own.basisEn),
      filedOn: own.filedOn,
      sourceUrl: own.sourceUrl,
    };
  }
  if (fiscalYear !== 2025 || !company.actual) return null;
  return {
    amount: likeForLike({ kind: "reported", usdBn: company.actual.usdBn }),
    figure: recordedFigure(company.actual.usdBn, "filing", company.actual.source),
    basis: plansBasis,
    filedOn: company.actual.filedOn,
    sourceUrl: company.actual.sourceUrl,
  };
}

export type NextYearPlan = {
  ticker: CapexTicker;
  name: string;
  fiscalYear: number;
  period: string;
  basis: string;
  /** The first plan stated for the year, and its latest revision (null when it was not revised). */
  first: PlanStatement | null;
  revision: PlanStatement | null;
  /** False when the company said no figure (Microsoft, Apple for 2026): `first.what` says what it said. */
  figureGiven: boolean;
};

/** The first plans for `fiscalYear` (2026) and their latest revisions, for every company, in ticker order. */
export function nextYearPlans(
  companies: CapexCompany[],
  rows: CompanyBasisRecord[],
  locale: AppLocale,
  explain: ExplainFigure,
  fiscalYear = 2026,
): NextYearPlan[] {
  return companies.map((company) => {
    const plans = plansOf(company.ticker, fiscalYear, rows);
    const first = plans[0] ?? null;
    const latest = plans.length > 1 ? plans[plans.length - 1]! : null;
    const hasFigure = (row: CompanyBasisRecord | null) => row !== null && (row.usdBn !== null || row.usdBnLow !== null);
    return {
      ticker: company.ticker,
      name: company.name,
      fiscalYear,
      period: first ? pick(locale, first.periodZh, first.periodEn) : String(fiscalYear),
      basis: first ? pick(locale, first.basisZh, first.basisEn) : "",
      first: first ? toStatement(first, locale, explain) : null,
      revision: latest ? toStatement(latest, locale, explain) : null,
      figureGiven: hasFigure(first) || hasFigure(latest),
    };
  });
}

/** The dates (ISO) of the statements behind the plans, in order: what a plans panel's source spans. */
export function statementDates(plans: (PlanPath | NextYearPlan)[]): string[] {
  const statements = plans.flatMap((plan) =>
    "statements" in plan ? plan.statements : [plan.first, plan.revision].filter((statement) => statement !== null),
  );
  return statements.flatMap((statement) => (statement.saidOn ? [statement.saidOn] : [])).sort();
}

/** The first and last date of the 2026 plans' statements, for their source line; null before any. */
export function statementSpan(plans: (PlanPath | NextYearPlan)[]): { from: string; to: string } | null {
  const dates = statementDates(plans);
  return dates.length > 0 ? { from: dates[0]!, to: dates.at(-1)! } : null;
}
