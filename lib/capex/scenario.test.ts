import { describe, expect, it } from "vitest";

import {
  actualGrowth,
  clampGrowthPercent,
  computeScenario,
  guidanceGrowth,
  guidanceMidpoint,
  normalizeScenario,
  presetGrowth,
  SENSITIVITY_PERCENTS,
  uniformGrowthTotals,
  withGrowth,
  type CapexCompanyBase,
} from "./scenario";

// The seeded figures (prisma/data/facts.json): fiscal-2024 filings, the 2025 statements, Meta's 2024 on
// its plan's basis (incl. finance-lease principal) and the fiscal-2025 10-K figures. after-note.test.ts
// checks the same results on a seeded database.
const COMPANIES: CapexCompanyBase[] = [
  { ticker: "msft", base2024UsdBn: 44.477, guidance2025UsdBn: 80, actual2025UsdBn: 64.551 },
  { ticker: "googl", base2024UsdBn: 52.535, guidance2025UsdBn: 75, actual2025UsdBn: 91.447 },
  { ticker: "amzn", base2024UsdBn: 82.999, guidance2025UsdBn: 105, actual2025UsdBn: 131.819 },
  {
    ticker: "meta",
    base2024UsdBn: 37.256,
    guidance2025UsdBn: guidanceMidpoint({ usdBn: null, usdBnLow: 60, usdBnHigh: 65 }),
    guidanceBase2024UsdBn: 39.225,
    actual2025UsdBn: 69.691,
  },
  { ticker: "aapl", base2024UsdBn: 9.447, guidance2025UsdBn: null, actual2025UsdBn: 12.715 },
];
const CONSENSUS = 0.196;
const round1 = (value: number) => Math.round(value * 10) / 10;
const growthOf = (outcome: ReturnType<typeof computeScenario>, ticker: string) =>
  round1(outcome.companies.find((company) => company.ticker === ticker)!.growthPercent);

describe("computeScenario", () => {
  it("consensus: every company +19.6%, total USD 271.1 bn (226.714 × 1.196 = 271.15)", () => {
    const outcome = computeScenario({ preset: "consensus", overrides: {} }, COMPANIES, CONSENSUS);
    expect(round1(outcome.total2024UsdBn)).toBe(226.7);
    expect(round1(outcome.total2025UsdBn)).toBe(271.1);
    expect(round1(outcome.totalGrowth * 100)).toBe(19.6);
    expect(outcome.preset).toBe("consensus");
    expect(outcome.companies.every((company) => company.growthFrom === "consensus")).toBe(true);
  });

  it("guidance: USD 330.7 bn, +45.8%; Microsoft +79.9%, Amazon +26.5%, Meta like for like +59.3%, Apple at consensus", () => {
    const outcome = computeScenario({ preset: "guidance", overrides: {} }, COMPANIES, CONSENSUS);
    expect(round1(outcome.total2025UsdBn)).toBe(330.7);
    expect(round1(outcome.totalGrowth * 100)).toBe(45.8);
    expect(growthOf(outcome, "msft")).toBe(79.9);
    expect(growthOf(outcome, "amzn")).toBe(26.5);
    // 62.5 (the midpoint of 60–65, incl. finance-lease principal) over 39.225 on the same basis, not over 37.256 (+67.8%).
    expect(growthOf(outcome, "meta")).toBe(59.3);
    expect(outcome.companies.find((company) => company.ticker === "meta")!.value2025UsdBn).toBeCloseTo(
      37.256 * (62.5 / 39.225),
      9,
    );
    expect(outcome.companies.find((company) => company.ticker === "aapl")).toMatchObject({ growthFrom: "consensus" });
    expect(growthOf(outcome, "aapl")).toBe(19.6);
  });

  it("actual: each company at its like-for-like 10-K growth, USD 370.2 bn in total, +63.3%", () => {
    const outcome = computeScenario({ preset: "actual", overrides: {} }, COMPANIES, CONSENSUS);
    expect(COMPANIES.map((company) => growthOf(outcome, company.ticker))).toEqual([45.1, 74.1, 58.8, 87.1, 34.6]);
    expect(outcome.companies.every((company) => company.growthFrom === "actual")).toBe(true);
    // Unrounded growth gives back each company's reported amount, so the total is the filings' sum.
    expect(outcome.companies.map((company) => company.value2025UsdBn)).toEqual(
      COMPANIES.map((company) => expect.closeTo(company.actual2025UsdBn!, 9)),
    );
    expect(outcome.total2025UsdBn).toBeCloseTo(370.223, 9);
    expect(round1(outcome.totalGrowth * 100)).toBe(63.3);
  });

  it("actual with an override on top: Apple at +10% instead of +34.6%", () => {
    const outcome = computeScenario({ preset: "actual", overrides: { aapl: 10 } }, COMPANIES, CONSENSUS);
    expect(outcome.preset).toBe("custom");
    expect(outcome.companies.find((company) => company.ticker === "aapl")).toMatchObject({
      growthFrom: "override",
      growthPercent: 10,
    });
    expect(outcome.total2025UsdBn).toBeCloseTo(370.223 - 12.715 + 9.447 * 1.1, 9);
  });

  it("actual falls back to consensus for a company whose 10-K is not in yet", () => {
    const pending = COMPANIES.map((company) =>
      company.ticker === "aapl" ? { ...company, actual2025UsdBn: null } : company,
    );
    const outcome = computeScenario({ preset: "actual", overrides: {} }, pending, CONSENSUS);
    expect(outcome.companies.find((company) => company.ticker === "aapl")).toMatchObject({
      growthFrom: "consensus",
      growthPercent: 19.6,
    });
  });

  it("flat: 2025 equals 2024", () => {
    const outcome = computeScenario({ preset: "flat", overrides: {} }, COMPANIES, CONSENSUS);
    expect(outcome.total2025UsdBn).toBeCloseTo(outcome.total2024UsdBn, 9);
    expect(outcome.totalGrowth).toBeCloseTo(0, 9);
  });

  it("an override makes the preset custom: consensus with Microsoft +50% → USD 284.7 bn", () => {
    const outcome = computeScenario({ preset: "consensus", overrides: { msft: 50 } }, COMPANIES, CONSENSUS);
    expect(outcome.preset).toBe("custom");
    expect(round1(outcome.total2025UsdBn)).toBe(284.7);
    expect(outcome.companies[0]).toMatchObject({ ticker: "msft", growthFrom: "override", growthPercent: 50 });
  });
});

describe("guidanceGrowth and actualGrowth", () => {
  it("compare like with like, and are null without a figure", () => {
    const [msft, , , meta, aapl] = COMPANIES;
    expect(guidanceGrowth(meta!)).toBeCloseTo(62.5 / 39.225 - 1, 12);
    expect(guidanceGrowth(msft!)).toBeCloseTo(80 / 44.477 - 1, 12);
    expect(guidanceGrowth(aapl!)).toBeNull();
    expect(actualGrowth(meta!)).toBeCloseTo(69.691 / 37.256 - 1, 12);
    expect(actualGrowth({ ticker: "aapl", base2024UsdBn: 9.447, guidance2025UsdBn: null })).toBeNull();
  });
});

describe("presetGrowth", () => {
  it("is the statement over the base for guidance, the consensus without one, zero for flat", () => {
    expect(presetGrowth("guidance", COMPANIES[0]!, CONSENSUS).percent).toBeCloseTo((80 / 44.477 - 1) * 100, 9);
    expect(presetGrowth("guidance", COMPANIES[4]!, CONSENSUS)).toEqual({ percent: 19.6, from: "consensus" });
    expect(presetGrowth("flat", COMPANIES[0]!, CONSENSUS)).toEqual({ percent: 0, from: "flat" });
  });
});

describe("clamping and edits", () => {
  it("clamps growth to −50…+200%", () => {
    expect(clampGrowthPercent(999)).toBe(200);
    expect(clampGrowthPercent(-80)).toBe(-50);
    expect(clampGrowthPercent(12.5)).toBe(12.5);
  });

  it("withGrowth overrides a company, clamps, and drops the override when it matches the preset again", () => {
    const edited = withGrowth({ preset: "guidance", overrides: {} }, COMPANIES[4]!, 10, CONSENSUS);
    expect(edited).toEqual({ preset: "guidance", overrides: { aapl: 10 } });
    expect(withGrowth(edited, COMPANIES[0]!, 500, CONSENSUS).overrides.msft).toBe(200);
    expect(withGrowth(edited, COMPANIES[4]!, 19.6, CONSENSUS)).toEqual({ preset: "guidance", overrides: {} });
  });

  it("normalizeScenario keeps only overrides that differ from the preset (to one decimal)", () => {
    expect(
      normalizeScenario({ preset: "guidance", overrides: { msft: 79.9, aapl: 10 } }, COMPANIES, CONSENSUS),
    ).toEqual({
      preset: "guidance",
      overrides: { aapl: 10 },
    });
  });
});

describe("uniformGrowthTotals", () => {
  it("runs −20% … +80% in steps of 5 on the 2024 total", () => {
    expect(SENSITIVITY_PERCENTS[0]).toBe(-20);
    expect(SENSITIVITY_PERCENTS.at(-1)).toBe(80);
    expect(SENSITIVITY_PERCENTS).toHaveLength(21);
    const totals = uniformGrowthTotals(226.719, [-20, 0, 80]);
    expect(totals.map((point) => round1(point.total2025UsdBn))).toEqual([181.4, 226.7, 408.1]);
  });
});
