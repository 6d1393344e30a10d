import { describe, expect, it } from "vitest";

import type { Figure } from "@/lib/figures/origin";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import {
  capexFigureOrigins,
  companyGrowthOrigin,
  noteHeadlineOrigins,
  scenarioHeadlineOrigins,
} from "./figure-origins";
import { computeScenario, guidanceMidpoint, type CapexCompanyBase } from "./scenario";

const COMPANIES: CapexCompanyBase[] = [
  { ticker: "msft", base2024UsdBn: 44.477, guidance2025UsdBn: 80 },
  { ticker: "googl", base2024UsdBn: 52.535, guidance2025UsdBn: 75 },
  { ticker: "amzn", base2024UsdBn: 82.999, guidance2025UsdBn: 105 },
  {
    ticker: "meta",
    base2024UsdBn: 37.256,
    guidance2025UsdBn: guidanceMidpoint({ usdBn: null, usdBnLow: 60, usdBnHigh: 65 }),
  },
  { ticker: "aapl", base2024UsdBn: 9.447, guidance2025UsdBn: null },
];
const NOTE = { total2024UsdBn: 225.3, growth: 0.196, source: "FactSet" };
// The guidance growth as lib/capex/guidance.ts gives it: a computed figure saying what it compares.
const guidanceGrowth = (company: CapexCompanyBase): Figure | null =>
  company.guidance2025UsdBn === null
    ? null
    : {
        value: company.guidance2025UsdBn / company.base2024UsdBn - 1,
        origin: "computed",
        source: `${company.ticker} plan against its 2024 filing`,
      };
const info = COMPANIES.map((company) => ({
  ticker: company.ticker,
  reportedSource: `${company.ticker} 10-K`,
  guidanceGrowth: guidanceGrowth(company),
}));

describe("the capex view's figure origins", () => {
  it("the note's headline: 2024 and +19.6% are the note's, the 2025 total they imply is computed", () => {
    const origins = noteHeadlineOrigins(NOTE, en.Capex, "en");
    expect([origins.total2024.origin, origins.growth.origin, origins.total2025.origin]).toEqual([
      "note",
      "note",
      "computed",
    ]);
    expect(noteHeadlineOrigins(NOTE, zh.Capex, "zh").total2025.source).toBe(
      "由研报的 2024 年合计 2,253 亿美元 ×（1 + 19.6%）算得",
    );
  });
  it("the scenario headline is a scenario on a computed sum of filings, never the filings' badge", () => {
    const origins = scenarioHeadlineOrigins(en.Capex, "guidance");
    expect(origins.headline.origin).toBe("scenario");
    expect(origins.total2024).toEqual({ origin: "computed", source: "Sum of the five companies' 2024 filings" });
    expect([origins.total2025.origin, origins.growth.origin]).toEqual(["scenario", "scenario"]);
  });
  it("the consensus total (the filings grown by the note's rate) and the Actual 2025 sum of 10-K figures are computed", () => {
    expect(scenarioHeadlineOrigins(en.Capex, "consensus").total2025.origin).toBe("computed");
    expect(scenarioHeadlineOrigins(zh.Capex, "actual").total2025).toEqual({
      origin: "computed",
      source: zh.Capex.originActualTotal,
    });
    expect(scenarioHeadlineOrigins(en.Capex, "custom").total2025.origin).toBe("scenario");
    expect(scenarioHeadlineOrigins(en.Capex, "flat").total2025.origin).toBe("scenario");
  });
  it("under the consensus preset every company's +19.6% is an assumption, not the note's per-company figure", () => {
    const outcome = computeScenario({ preset: "consensus", overrides: {} }, COMPANIES, NOTE.growth);
    const { companies } = capexFigureOrigins(outcome, info, NOTE, zh.Capex, "zh");
    expect(companies.map((company) => company.growth.origin)).toEqual([
      "scenario",
      "scenario",
      "scenario",
      "scenario",
      "scenario",
    ]);
    expect(companies.map((company) => company.base2024.origin)).toEqual([
      "filing",
      "filing",
      "filing",
      "filing",
      "filing",
    ]);
    expect(companies[0]!.growth.source).toBe(
      "情景假设：将研报所引五家合计增速 +19.6% 套用于每家公司；研报未给出各公司的增速",
    );
  });
  it("under guidance a company's growth is the guidance figure (computed, saying what it compares); Apple, without one, stays an assumption", () => {
    const outcome = computeScenario({ preset: "guidance", overrides: { googl: 30 } }, COMPANIES, NOTE.growth);
    const { companies } = capexFigureOrigins(outcome, info, NOTE, en.Capex, "en");
    expect(Object.fromEntries(companies.map((company) => [company.ticker, company.growth.origin]))).toEqual({
      msft: "computed",
      googl: "scenario",
      amzn: "computed",
      meta: "computed",
      aapl: "scenario",
    });
    expect(companies[0]!.growth.source).toBe("msft plan against its 2024 filing");
    expect(companies[1]!.growth.source).toBe("Scenario: your input");
  });
  it("flat is an assumption", () => {
    expect(
      companyGrowthOrigin({ growthFrom: "flat" }, { consensusGrowth: 0.196, guidanceGrowth: null }, en.Capex, "en")
        .origin,
    ).toBe("scenario");
  });
});
