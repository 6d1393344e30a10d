import type { CapexTicker, FigureOrigin } from "@/lib/vocabulary";

import { figureRule, originOf, type CapexFigureId, type FigureBasis } from "./capex-table";
import type { FigureExplanation } from "./origin";

/**
 * The company amounts facts.json records beside a statement or a filing that the company did not
 * state as such: the app (or the press) worked them out from quarters the company gave. They are
 * computed figures of the figure table, whatever row they sit on, and say what they are computed
 * from. The quarters are facts.json's own (its `what` and `also` texts; derived-amounts.test.ts
 * checks each against them).
 * - Amazon 105 (2025-02-06): Q4 2024's 26.3 × 4, the quarter the company called representative of 2025
 * - Amazon 118 (2025-07-31): Q2 2025's 31.4 taken as the second half's quarterly pace
 * - Microsoft 88.2 (FY2025, incl. finance leases): the sum of its four quarters
 */
export type DerivedCompanyAmount = {
  ticker: CapexTicker;
  /** The company's slug in the database and the API ("amazon"). */
  company: string;
  fiscalYear: number;
  /** The rows it sits on: a guidance or plan statement (by the date it was said) or an own-basis actual. */
  rows: readonly ("guidance" | "plan" | "actual")[];
  saidOn: string | null;
  usdBn: number;
  id: CapexFigureId;
  explanation: FigureExplanation;
};

export const DERIVED_COMPANY_AMOUNTS: readonly DerivedCompanyAmount[] = [
  {
    ticker: "amzn",
    company: "amazon",
    fiscalYear: 2025,
    rows: ["guidance", "plan"],
    saidOn: "2025-02-06",
    usdBn: 105,
    id: "company.plan2025Annualised",
    explanation: { key: "annualisedQuarter", values: { quarterUsdBn: 26.3 } },
  },
  {
    ticker: "amzn",
    company: "amazon",
    fiscalYear: 2025,
    rows: ["plan"],
    saidOn: "2025-07-31",
    usdBn: 118,
    id: "company.plan2025Annualised",
    explanation: { key: "secondHalfPace", values: { quarterUsdBn: 31.4 } },
  },
  {
    ticker: "msft",
    company: "microsoft",
    fiscalYear: 2025,
    rows: ["actual"],
    saidOn: null,
    usdBn: 88.2,
    id: "company.ownBasisActual2025Summed",
    explanation: {
      key: "quartersSummed",
      values: { q1UsdBn: 20.0, q2UsdBn: 22.6, q3UsdBn: 21.4, q4UsdBn: 24.2 },
    },
  },
];

/** The derived amount a company's row carries, if it is one (its origin is then the table's `computed`). */
export function derivedCompanyAmount(
  ticker: CapexTicker | { company: string },
  row: "guidance" | "plan" | "actual",
  fiscalYear: number,
  saidOn: string | null,
  usdBn: number | null,
): DerivedCompanyAmount | null {
  return (
    DERIVED_COMPANY_AMOUNTS.find(
      (amount) =>
        (typeof ticker === "string" ? amount.ticker === ticker : amount.company === ticker.company) &&
        amount.fiscalYear === fiscalYear &&
        amount.rows.includes(row) &&
        amount.usdBn === usdBn &&
        (row === "actual" || amount.saidOn === saidOn),
    ) ?? null
  );
}

/** A derived amount's origin: the figure table's (computed), never the statement's or the filing's. */
export const derivedOrigin = (amount: DerivedCompanyAmount) => originOf(amount.id);

/**
 * A capex row of the API as a figure of the figure table: its id, origin, basis and inputs. Like-for-like
 * rows (/api/capex) are the 2024 bases, the 2025 actuals and the 2025 plans; company-basis rows
 * (/api/capex/company-basis) the plans and what a company reported on its own basis.
 */
export function apiRowFigure(
  row:
    | {
        table: "capex";
        company: string;
        year: number;
        kind: "reported" | "guidance";
        saidOn: string | null;
        usdBn: number | null;
      }
    | {
        table: "company-basis";
        company: string;
        fiscalYear: number;
        kind: "plan" | "actual";
        saidOn: string | null;
        usdBn: number | null;
      },
): { id: CapexFigureId; origin: FigureOrigin; basis: FigureBasis; inputs: readonly string[] } {
  const id = apiRowFigureId(row);
  const rule = figureRule(id);
  return { id, origin: rule.origin, basis: rule.basis, inputs: rule.inputs ?? [] };
}

function apiRowFigureId(row: Parameters<typeof apiRowFigure>[0]): CapexFigureId {
  const company = { company: row.company };
  if (row.table === "capex") {
    if (row.kind === "reported") return row.year === 2024 ? "company.base2024" : "company.actual2025";
    return derivedCompanyAmount(company, "guidance", row.year, row.saidOn, row.usdBn)?.id ?? "company.plan2025";
  }
  if (row.kind === "plan")
    return (
      derivedCompanyAmount(company, "plan", row.fiscalYear, row.saidOn, row.usdBn)?.id ??
      (row.fiscalYear === 2026 ? "company.plan2026" : "company.plan2025")
    );
  if (row.fiscalYear === 2024) return "company.ownBasis2024";
  return derivedCompanyAmount(company, "actual", row.fiscalYear, null, row.usdBn)?.id ?? "company.ownBasisActual2025";
}
