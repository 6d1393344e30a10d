import { describe, expect, it } from "vitest";
import type { CapexFigureRecord } from "@/lib/db/capex";
import { toCapexCompanies } from "./companies";

function figure(ticker: string, companyId: number, kind: string, year: number, amounts: Partial<CapexFigureRecord>): CapexFigureRecord {
  return {
    id: companyId * 10 + year,
    companyId,
    company: { id: companyId, slug: ticker, nameZh: `${ticker}-zh`, nameEn: `${ticker}-en`, ticker },
    year,
    kind,
    usdBn: null,
    usdBnLow: null,
    usdBnHigh: null,
    basis: String(year),
    line: null,
    origin: kind === "reported" ? "filing" : "statement",
    source: `${ticker} source`,
    saidOn: null,
    version: 1,
    updatedAt: new Date(0),
    ...amounts,
  };
}

describe("toCapexCompanies", () => {
  const figures = [
    figure("AAPL", 5, "reported", 2024, { usdBn: 9.447 }),
    figure("AAPL", 5, "guidance", 2025, {}),
    figure("META", 4, "reported", 2024, { usdBn: 37.256 }),
    figure("META", 4, "guidance", 2025, { usdBnLow: 60, usdBnHigh: 65, saidOn: "2025-01-24" }),
    figure("NVDA", 6, "reported", 2024, { usdBn: 1 }),
  ];

  it("keeps the scenario's companies in URL order, with the guidance midpoint and localized names", () => {
    const companies = toCapexCompanies(figures, "zh");
    expect(companies.map((company) => company.ticker)).toEqual(["meta", "aapl"]);
    expect(companies[0]).toMatchObject({ name: "META-zh", base2024UsdBn: 37.256, guidance2025UsdBn: 62.5, guidance: { saidOn: "2025-01-24" } });
    expect(companies[1]).toMatchObject({ guidance2025UsdBn: null, reported: { source: "AAPL source" } });
  });
});
