import { describe, expect, it } from "vitest";

import { loadFacts } from "@/lib/facts/load";

import { figureRule } from "./capex-table";
import { apiRowFigure, DERIVED_COMPANY_AMOUNTS, derivedCompanyAmount, derivedOrigin } from "./derived-amounts";

const COMPANY = { msft: "Microsoft", googl: "Alphabet", amzn: "Amazon", meta: "Meta", aapl: "Apple" } as const;

/** facts.json's texts for a derived amount's row: the statement's `what`, or the 10-K row's `also`. */
function factsTexts(amount: (typeof DERIVED_COMPANY_AMOUNTS)[number]): { usdBn: number | null; text: string }[] {
  const facts = loadFacts();
  const company = COMPANY[amount.ticker];
  if (amount.rows.includes("actual")) {
    const actual = facts.capex_actual_2025.rows.find((row) => row.company === company)!;
    const path = facts.capex_guidance_path_2025.rows.find((row) => row.company === company)!;
    return [{ usdBn: path.outcome.usd_bn, text: actual.also ?? "" }];
  }
  const steps = facts.capex_guidance_path_2025.rows.find((row) => row.company === company)!.steps;
  const guidance = facts.capex_guidance_2025.rows.filter((row) => row.company === company);
  return [...steps, ...guidance]
    .filter((row) => row.said === amount.saidOn)
    .map((row) => ({ usdBn: row.usd_bn ?? null, text: row.what ?? "" }));
}

describe("amounts computed from the quarters a company gave", () => {
  it("are computed figures of the figure table, each from its inputs", () => {
    for (const amount of DERIVED_COMPANY_AMOUNTS) {
      expect(derivedOrigin(amount)).toBe("computed");
      expect(figureRule(amount.id).inputs).toEqual(["company.quarterCapex"]);
    }
  });

  it("match facts.json's amount and name the quarters its texts give", () => {
    for (const amount of DERIVED_COMPANY_AMOUNTS) {
      const rows = factsTexts(amount);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.usdBn).toBe(amount.usdBn);
        for (const value of Object.values(amount.explanation.values)) {
          expect(row.text).toContain((value as number).toFixed(1));
        }
      }
    }
  });

  it("add up: Microsoft's quarters sum to its 88.2; Amazon's Q4 × 4 is its about 105", () => {
    const microsoft = DERIVED_COMPANY_AMOUNTS.find((amount) => amount.ticker === "msft")!;
    const quarters = Object.values(microsoft.explanation.values) as number[];
    expect(Math.round(quarters.reduce((sum, value) => sum + value, 0) * 10) / 10).toBe(microsoft.usdBn);
    const amazon = derivedCompanyAmount("amzn", "guidance", 2025, "2025-02-06", 105)!;
    expect(Math.round((amazon.explanation.values.quarterUsdBn as number) * 4)).toBe(105);
  });

  it("find only their own row: the company's stated amounts stay statements", () => {
    expect(derivedCompanyAmount("amzn", "plan", 2025, "2025-10-30", 125)).toBeNull();
    expect(derivedCompanyAmount("amzn", "guidance", 2025, "2025-07-31", 118)).toBeNull();
    expect(derivedCompanyAmount("msft", "plan", 2025, "2025-01-03", 80)).toBeNull();
    expect(derivedCompanyAmount("msft", "actual", 2025, null, 64.551)).toBeNull();
    expect(derivedCompanyAmount("amzn", "actual", 2025, null, 128.32)).toBeNull();
  });
});

describe("the API's rows as figures of the figure table", () => {
  it("gives each row its figure's origin, basis and inputs, the derived ones computed", () => {
    const capex = (
      kind: "reported" | "guidance",
      year: number,
      company: string,
      usdBn: number,
      saidOn: string | null,
    ) => apiRowFigure({ table: "capex", company, year, kind, saidOn, usdBn });
    expect(capex("reported", 2024, "meta", 37.256, null)).toMatchObject({ origin: "filing", basis: "cash-line" });
    expect(capex("guidance", 2025, "amazon", 105, "2025-02-06")).toEqual({
      id: "company.plan2025Annualised",
      origin: "computed",
      basis: "plan-basis",
      inputs: ["company.quarterCapex"],
    });
    expect(capex("guidance", 2025, "microsoft", 80, "2025-01-03")).toMatchObject({ origin: "statement", inputs: [] });
    const basis = (kind: "plan" | "actual", fiscalYear: number, company: string, usdBn: number | null) =>
      apiRowFigure({ table: "company-basis", company, fiscalYear, kind, saidOn: null, usdBn });
    expect(basis("actual", 2025, "microsoft", 88.2)).toMatchObject({
      id: "company.ownBasisActual2025Summed",
      origin: "computed",
    });
    expect(basis("actual", 2025, "meta", 72.215)).toMatchObject({ origin: "filing", basis: "plan-basis" });
    expect(basis("actual", 2024, "meta", 39.225)).toMatchObject({ id: "company.ownBasis2024", origin: "filing" });
    expect(basis("plan", 2026, "amazon", 200)).toMatchObject({ id: "company.plan2026", origin: "statement" });
  });
});
