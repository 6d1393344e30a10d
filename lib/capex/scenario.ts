import type { CapexPreset, CapexTicker } from "@/lib/vocabulary";

/**
 * The capex scenario: each company's 2025 capex = its 2024 base × (1 + growth). Growth is kept in
 * percent (the unit of the inputs and of the URL), one decimal, within GROWTH_MIN…GROWTH_MAX.
 */

/** What the view shows as the preset: a preset, or "custom" once any company is overridden. */
export type EffectivePreset = CapexPreset | "custom";

export const GROWTH_MIN_PERCENT = -50;
export const GROWTH_MAX_PERCENT = 200;

/** One company's inputs: its 2024 base, its announced 2025 plan (null = none given) and what it then spent. */
export type CapexCompanyBase = {
  ticker: CapexTicker;
  /** Fiscal 2024 on the cash-flow line (filings): what every preset's growth applies to. */
  base2024UsdBn: number;
  /** The statement's amount, or the midpoint of its range. */
  guidance2025UsdBn: number | null;
  /**
   * Fiscal 2024 on the basis the plan was stated on, when the company gave it and it differs from the
   * cash-flow line (Meta's 39.225 incl. finance-lease principal, against 60–65): the plan's growth is
   * measured on it, like for like. Absent: the plan is compared with base2024UsdBn.
   */
  guidanceBase2024UsdBn?: number;
  /** Fiscal 2025 on the same cash-flow line as base2024UsdBn (10-K); absent or null until reported. */
  actual2025UsdBn?: number | null;
};

/** A scenario as the URL states it: a base preset plus per-company overrides in percent. */
export type CapexScenarioState = {
  preset: CapexPreset;
  overrides: Partial<Record<CapexTicker, number>>;
};

export type CompanyOutcome = {
  ticker: CapexTicker;
  base2024UsdBn: number;
  growthPercent: number;
  value2025UsdBn: number;
  /** Where this company's growth comes from. */
  growthFrom: "consensus" | "guidance" | "actual" | "flat" | "override";
};

export type CapexScenarioOutcome = {
  preset: EffectivePreset;
  companies: CompanyOutcome[];
  total2024UsdBn: number;
  total2025UsdBn: number;
  /** The total's growth as a ratio (0.196 = +19.6%). */
  totalGrowth: number;
};

/** One decimal of a percent: the resolution of the inputs and of the URL. */
export function roundGrowthPercent(percent: number): number {
  return Math.round(percent * 10) / 10;
}

export function clampGrowthPercent(percent: number): number {
  return Math.min(GROWTH_MAX_PERCENT, Math.max(GROWTH_MIN_PERCENT, percent));
}

/** The midpoint of a guidance range, or the single amount; null when the company gave none. */
export function guidanceMidpoint(figure: {
  usdBn: number | null;
  usdBnLow: number | null;
  usdBnHigh: number | null;
}): number | null {
  if (figure.usdBn !== null) return figure.usdBn;
  if (figure.usdBnLow !== null && figure.usdBnHigh !== null) return (figure.usdBnLow + figure.usdBnHigh) / 2;
  return null;
}

/**
 * The announced 2025 plan's growth as a ratio, like for like: over 2024 on the plan's own basis when
 * the company gave it (Meta: 62.5 / 39.225 − 1 = +59.3%), else over the 2024 filing. Null without a plan.
 */
export function guidanceGrowth(company: CapexCompanyBase): number | null {
  if (company.guidance2025UsdBn === null) return null;
  return company.guidance2025UsdBn / (company.guidanceBase2024UsdBn ?? company.base2024UsdBn) - 1;
}

/** The like-for-like actual growth of fiscal 2025 over fiscal 2024 as a ratio; null until reported. */
export function actualGrowth(company: CapexCompanyBase): number | null {
  return company.actual2025UsdBn == null ? null : company.actual2025UsdBn / company.base2024UsdBn - 1;
}

/**
 * A preset's growth for one company, in percent (unrounded, so that the `actual` preset gives each
 * company exactly its reported 2025 amount). `guidance` is the announced plan's like-for-like growth
 * and `actual` the reported one; a company without either falls back to the consensus growth.
 */
export function presetGrowth(
  preset: CapexPreset,
  company: CapexCompanyBase,
  consensusGrowth: number,
): { percent: number; from: CompanyOutcome["growthFrom"] } {
  if (preset === "flat") return { percent: 0, from: "flat" };
  const stated = preset === "guidance" ? guidanceGrowth(company) : preset === "actual" ? actualGrowth(company) : null;
  if (stated !== null) return { percent: stated * 100, from: preset as "guidance" | "actual" };
  return { percent: consensusGrowth * 100, from: "consensus" };
}

export function effectivePreset(state: CapexScenarioState): EffectivePreset {
  return Object.keys(state.overrides).length > 0 ? "custom" : state.preset;
}

/** Computes every company's 2025 value and the totals of a scenario. */
export function computeScenario(
  state: CapexScenarioState,
  companies: CapexCompanyBase[],
  consensusGrowth: number,
): CapexScenarioOutcome {
  const outcomes = companies.map((company): CompanyOutcome => {
    const override = state.overrides[company.ticker];
    const { percent, from } =
      override === undefined
        ? presetGrowth(state.preset, company, consensusGrowth)
        : { percent: override, from: "override" as const };
    return {
      ticker: company.ticker,
      base2024UsdBn: company.base2024UsdBn,
      growthPercent: percent,
      value2025UsdBn: company.base2024UsdBn * (1 + percent / 100),
      growthFrom: from,
    };
  });
  const total2024UsdBn = sum(outcomes.map((outcome) => outcome.base2024UsdBn));
  const total2025UsdBn = sum(outcomes.map((outcome) => outcome.value2025UsdBn));
  return {
    preset: effectivePreset(state),
    companies: outcomes,
    total2024UsdBn,
    total2025UsdBn,
    totalGrowth: total2024UsdBn === 0 ? 0 : total2025UsdBn / total2024UsdBn - 1,
  };
}

/** The 2025 total if every company grew by the same percentage, for each of `percents`. */
export function uniformGrowthTotals(
  total2024UsdBn: number,
  percents: number[],
): { percent: number; total2025UsdBn: number }[] {
  return percents.map((percent) => ({ percent, total2025UsdBn: total2024UsdBn * (1 + percent / 100) }));
}

/** −20, −15, …, +80: the sensitivity line's uniform growth rates in percent. */
export const SENSITIVITY_PERCENTS = Array.from({ length: 21 }, (_, index) => -20 + index * 5);

/**
 * A state after the user set one company's growth: an override, unless it equals (to the inputs'
 * resolution) what the base preset already gives, so going back to the preset's value is not "custom".
 */
export function withGrowth(
  state: CapexScenarioState,
  company: CapexCompanyBase,
  percent: number,
  consensusGrowth: number,
): CapexScenarioState {
  const value = roundGrowthPercent(clampGrowthPercent(percent));
  const overrides = { ...state.overrides };
  if (value === roundGrowthPercent(presetGrowth(state.preset, company, consensusGrowth).percent))
    delete overrides[company.ticker];
  else overrides[company.ticker] = value;
  return { preset: state.preset, overrides };
}

/** Drops overrides that equal the base preset's value (e.g. a no-JavaScript form sends every input). */
export function normalizeScenario(
  state: CapexScenarioState,
  companies: CapexCompanyBase[],
  consensusGrowth: number,
): CapexScenarioState {
  return companies.reduce<CapexScenarioState>(
    (result, company) => {
      const override = state.overrides[company.ticker];
      return override === undefined ? result : withGrowth(result, company, override, consensusGrowth);
    },
    { preset: state.preset, overrides: {} },
  );
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
