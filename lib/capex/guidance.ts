import { computedFigure, type ExplainFigure, type Figure } from "@/lib/figures/origin";

import type { CapexCompany } from "./companies";
import { guidanceGrowth } from "./scenario";

/**
 * The guidance preset's growth for a company as a figure saying what it compares: the plan over
 * 2024 on the plan's own basis (Meta: 62.5 over 39.225, +59.3%), or over the 2024 filing, with the
 * plan's measure named when it is not the cash-flow line (Microsoft's AI datacenters incl. finance
 * leases, Amazon's annualised Q4). Null for a company without a plan figure.
 */
export function guidanceGrowthFigure(company: CapexCompany, explain: ExplainFigure): Figure | null {
  const growth = guidanceGrowth(company);
  const guidance = company.guidance;
  if (growth === null || guidance === null || company.guidance2025UsdBn === null) return null;
  const range =
    guidance.usdBnLow !== null && guidance.usdBnHigh !== null
      ? { planLowUsdBn: guidance.usdBnLow, planHighUsdBn: guidance.usdBnHigh }
      : null;
  const ownBasis = company.guidanceBase2024UsdBn !== undefined;
  const key = ownBasis ? "guidanceGrowthOwnBasis" : guidance.measure ? "guidanceGrowthMeasured" : "guidanceGrowth";
  return computedFigure(growth, explain, range ? `${key}Range` : key, {
    company: company.name,
    planUsdBn: company.guidance2025UsdBn,
    ...range,
    baseUsdBn: company.guidanceBase2024UsdBn ?? company.base2024UsdBn,
    ...(guidance.measure ? { measure: guidance.measure } : {}),
  });
}
