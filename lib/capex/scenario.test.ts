import { describe, expect, it } from "vitest";
import {
  clampGrowthPercent,
  computeScenario,
  guidanceMidpoint,
  normalizeScenario,
  presetGrowth,
  SENSITIVITY_PERCENTS,
  uniformGrowthTotals,
  withGrowth,
  type CapexCompanyBase,
} from "./scenario";

// The seeded figures (prisma/data/facts.json): fiscal-2024 filings and the 2025 statements.
const COMPANIES: CapexCompanyBase[] = [
  { ticker: "msft", base2024UsdBn: 44.477, guidance2025UsdBn: 80 },
  { ticker: "googl", base2024UsdBn: 52.535, guidance2025UsdBn: 75 },
  { ticker: "amzn", base2024UsdBn: 83.004, guidance2025UsdBn: 105 },
  { ticker: "meta", base2024UsdBn: 37.256, guidance2025UsdBn: guidanceMidpoint({ usdBn: null, usdBnLow: 60, usdBnHigh: 65 }) },
  { ticker: "aapl", base2024UsdBn: 9.447, guidance2025UsdBn: null },
];
const CONSENSUS = 0.196;
const round1 = (value: number) => Math.round(value * 10) / 10;
const growthOf = (outcome: ReturnType<typeof computeScenario>, ticker: string) =>
  round1(outcome.companies.find((company) => company.ticker === ticker)!.growthPercent);

describe("computeScenario", () => {
  it("consensus: every company +19.6%, total USD 271.2 bn", () => {
    const outcome = computeScenario({ preset: "consensus", overrides: {} }, COMPANIES, CONSENSUS);
    expect(round1(outcome.total2024UsdBn)).toBe(226.7);
    expect(round1(outcome.total2025UsdBn)).toBe(271.2);
    expect(round1(outcome.totalGrowth * 100)).toBe(19.6);
    expect(outcome.preset).toBe("consensus");
    expect(outcome.companies.every((company) => company.growthFrom === "consensus")).toBe(true);
  });

  it("guidance: USD 333.8 bn, +47.2%; Microsoft +79.9%, Amazon +26.5%, Meta at its midpoint, Apple at consensus", () => {
    const outcome = computeScenario({ preset: "guidance", overrides: {} }, COMPANIES, CONSENSUS);
    expect(round1(outcome.total2025UsdBn)).toBe(333.8);
    expect(round1(outcome.totalGrowth * 100)).toBe(47.2);
    expect(growthOf(outcome, "msft")).toBe(79.9);
    expect(growthOf(outcome, "amzn")).toBe(26.5);
    expect(outcome.companies.find((company) => company.ticker === "meta")!.value2025UsdBn).toBeCloseTo(62.5, 9);
    expect(outcome.companies.find((company) => company.ticker === "aapl")).toMatchObject({ growthFrom: "consensus" });
    expect(growthOf(outcome, "aapl")).toBe(19.6);
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
    expect(normalizeScenario({ preset: "guidance", overrides: { msft: 79.9, aapl: 10 } }, COMPANIES, CONSENSUS)).toEqual({
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
