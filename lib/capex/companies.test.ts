import { describe, expect, it } from "vitest";

import type { CapexFigureRecord, CompanyBasisRecord } from "@/lib/db/capex";

import { toCapexCompanies } from "./companies";

const company = (ticker: string, companyId: number) => ({
  id: companyId,
  slug: ticker.toLowerCase(),
  nameZh: `${ticker}-zh`,
  nameEn: `${ticker}-en`,
  ticker,
});

function figure(
  ticker: string,
  companyId: number,
  kind: string,
  year: number,
  amounts: Partial<CapexFigureRecord>,
): CapexFigureRecord {
  return {
    id: companyId * 10 + year,
    companyId,
    company: company(ticker, companyId),
    year,
    kind,
    usdBn: null,
    usdBnLow: null,
    usdBnHigh: null,
    basisZh: `${year} 年`,
    basisEn: String(year),
    lineZh: null,
    lineEn: null,
    measureZh: null,
    measureEn: null,
    origin: kind === "reported" ? "filing" : "statement",
    sourceZh: `${ticker} 来源`,
    sourceEn: `${ticker} source`,
    saidOn: null,
    accession: null,
    filedOn: null,
    sourceUrl: null,
    version: 1,
    updatedAt: new Date(0),
    ...amounts,
  };
}

const ownBasis = (ticker: string, companyId: number, fiscalYear: number, usdBn: number): CompanyBasisRecord => ({
  id: companyId * 100 + fiscalYear,
  companyId,
  company: company(ticker, companyId),
  fiscalYear,
  kind: "actual",
  sequence: 1,
  saidOn: null,
  usdBn,
  usdBnLow: null,
  usdBnHigh: null,
  periodZh: `${fiscalYear} 年`,
  periodEn: String(fiscalYear),
  basisZh: "含融资租赁本金偿付",
  basisEn: "incl. principal payments on finance leases",
  whatZh: null,
  whatEn: null,
  origin: "filing",
  sourceZh: "来源",
  sourceEn: "source",
  filedOn: null,
  sourceUrl: null,
  version: 1,
  updatedAt: new Date(0),
});

describe("toCapexCompanies", () => {
  const figures = [
    figure("AAPL", 5, "reported", 2024, { usdBn: 9.447 }),
    figure("AAPL", 5, "guidance", 2025, {}),
    figure("AAPL", 5, "reported", 2025, { usdBn: 12.715, accession: "0000320193-25-000079", filedOn: "2025-10-31" }),
    figure("META", 4, "reported", 2024, { usdBn: 37.256 }),
    figure("META", 4, "guidance", 2025, {
      usdBnLow: 60,
      usdBnHigh: 65,
      saidOn: "2025-01-24",
      measureZh: "含融资租赁本金偿付",
      measureEn: "incl. principal payments on finance leases",
    }),
    figure("NVDA", 6, "reported", 2024, { usdBn: 1 }),
  ];
  const basis = [ownBasis("META", 4, 2024, 39.225), ownBasis("META", 4, 2025, 72.215)];

  it("keeps the scenario's companies in URL order, with the guidance midpoint and texts in the reader's language", () => {
    const companies = toCapexCompanies(figures, basis, "zh");
    expect(companies.map((c) => c.ticker)).toEqual(["meta", "aapl"]);
    expect(companies[0]).toMatchObject({
      name: "META-zh",
      base2024UsdBn: 37.256,
      guidance2025UsdBn: 62.5,
      reported: { basis: "2024 年", source: "META 来源" },
      guidance: { saidOn: "2025-01-24", measure: "含融资租赁本金偿付" },
      actual: null,
    });
    expect(companies[1]).toMatchObject({
      guidance2025UsdBn: null,
      reported: { source: "AAPL 来源" },
      guidance: { measure: null },
    });
  });

  it("carries the 2025 10-K figure and compares a plan with 2024 on the plan's own basis when the company gave it", () => {
    const [meta, aapl] = toCapexCompanies(figures, basis, "en");
    expect(meta!.guidanceBase2024UsdBn).toBe(39.225);
    expect(aapl).not.toHaveProperty("guidanceBase2024UsdBn");
    expect(aapl).toMatchObject({
      actual2025UsdBn: 12.715,
      actual: {
        usdBn: 12.715,
        basis: "2025",
        source: "AAPL source",
        accession: "0000320193-25-000079",
        filedOn: "2025-10-31",
      },
    });
  });
});
