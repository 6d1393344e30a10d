import type { AppLocale } from "@/i18n/routing";
import { formatList, formatPercent, formatUsdBn, formatUsdBnRange } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import { beforeChinese } from "@/lib/text/zh-typography";
import type { CapexTicker } from "@/lib/vocabulary";

import type { CapexCompany } from "./companies";
import type { CapexScenarioOutcome } from "./scenario";

/**
 * What the guidance preset did with each company's plan, and whether the 2025 value it gives can
 * stand beside the 10-K actual (the cash-flow line, Amazon gross):
 * - own-basis-growth: the plan's growth on its own basis applied to the 2024 cash line (Meta: 62.5
 *   over 39.225 = +59.3%, on 37.256 = 59.4): comparable with the cash-line actual;
 * - face-value: a plan on another measure taken as it is (Microsoft's 80 incl. finance leases,
 *   Amazon's 105 net of proceeds): not comparable with the cash-line actual; on the plan's own basis
 *   the company spent `actualOnPlanBasisUsdBn` (88.2, 128.32);
 * - cash-line: a plan on the cash-flow line itself (Alphabet): comparable;
 * - note-growth: no plan figure (Apple): the note's combined growth, as under consensus.
 */
export type PlanTreatment = "own-basis-growth" | "face-value" | "cash-line" | "note-growth";

export type PlanBasis = {
  ticker: CapexTicker;
  name: string;
  treatment: PlanTreatment;
  /** False where the scenario's 2025 value and the 10-K actual are on different bases. */
  comparable: boolean;
  value2025UsdBn: number;
  growth: number;
  base2024UsdBn: number;
  measure: string | null;
  plan: { usdBn: number; low: number | null; high: number | null; ownBase2024UsdBn: number | null } | null;
  actualOnPlanBasisUsdBn: number | null;
};

/** Each company that takes its 2025 value from the guidance preset (Apple's fallback included), with its treatment. */
export function planBases(
  outcome: CapexScenarioOutcome,
  companies: CapexCompany[],
  onPlanBasis: Partial<Record<CapexTicker, number>>,
): PlanBasis[] {
  const fromGuidance = outcome.companies.some((company) => company.growthFrom === "guidance");
  if (!fromGuidance) return [];
  return outcome.companies.flatMap((company) => {
    if (company.growthFrom !== "guidance" && company.growthFrom !== "consensus") return [];
    const info = companies.find((candidate) => candidate.ticker === company.ticker);
    if (!info) return [];
    const guidance = info.guidance;
    const planUsdBn = info.guidance2025UsdBn;
    const treatment: PlanTreatment =
      company.growthFrom === "consensus" || planUsdBn === null
        ? "note-growth"
        : info.guidanceBase2024UsdBn !== undefined
          ? "own-basis-growth"
          : guidance?.measure
            ? "face-value"
            : "cash-line";
    return [
      {
        ticker: company.ticker,
        name: info.name,
        treatment,
        comparable: treatment !== "face-value",
        value2025UsdBn: company.value2025UsdBn,
        growth: company.growthPercent / 100,
        base2024UsdBn: company.base2024UsdBn,
        measure: guidance?.measure ?? null,
        plan:
          planUsdBn === null
            ? null
            : {
                usdBn: planUsdBn,
                low: guidance?.usdBnLow ?? null,
                high: guidance?.usdBnHigh ?? null,
                ownBase2024UsdBn: info.guidanceBase2024UsdBn ?? null,
              },
        actualOnPlanBasisUsdBn: onPlanBasis[company.ticker] ?? null,
      },
    ];
  });
}

/** The "Capex" messages the basis texts are made of. */
export type PlanBasisLabels = {
  basisMismatch: string;
  basisMismatchItem: string;
  basisMix: string;
  basisMix_own: string;
  basisMix_face: string;
  basisMix_cash: string;
  basisMix_note: string;
  basisOwnGrowth: string;
  basisOwnGrowthPoint: string;
  basisMark: string;
  basisLegend: string;
};

export type PlanBasisTexts = {
  /** Companies whose 2025 bar is not on the actual's basis: marked on the chart, the card and the table. */
  marked: CapexTicker[];
  /** What each unlike pair is, with the actual on the plan's basis; null when every pair is like with like. */
  mismatch: string | null;
  /** The legend entry explaining the mark, with each marked company's actual on its plan's basis. */
  legend: string | null;
  /** How the total mixes treatments; null when there is one. */
  mix: string | null;
  /** What was applied to what for own-basis plans (Meta's midpoint, growth and cash base). */
  ownGrowth: string[];
};

/** A company's name with the mark when its bar is not on the actual's basis. */
export function markedName(name: string, ticker: CapexTicker, texts: PlanBasisTexts, mark: string): string {
  return texts.marked.includes(ticker) ? `${name}${mark}` : name;
}

/** The sentences the chart, its exports, the hint and the preview say about the bases. */
export function planBasisTexts(
  bases: PlanBasis[],
  labels: PlanBasisLabels,
  locale: AppLocale,
  noteGrowth: number,
): PlanBasisTexts {
  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const pct = (ratio: number) => formatPercent(ratio, locale);
  const marked = bases.filter((basis) => !basis.comparable);
  const items = marked.map((basis) =>
    fillTemplate(labels.basisMismatchItem, {
      company: basis.name,
      plan: usd(basis.value2025UsdBn),
      measure: basis.measure ?? "",
      actual: basis.actualOnPlanBasisUsdBn === null ? "—" : usd(basis.actualOnPlanBasisUsdBn),
    }),
  );
  const groups = (["own-basis-growth", "face-value", "cash-line", "note-growth"] as const)
    .map((treatment) => ({
      treatment,
      names: bases.filter((basis) => basis.treatment === treatment).map((b) => b.name),
    }))
    .filter((group) => group.names.length > 0);
  const mixKey = {
    "own-basis-growth": labels.basisMix_own,
    "face-value": labels.basisMix_face,
    "cash-line": labels.basisMix_cash,
    "note-growth": labels.basisMix_note,
  } as const;
  const separator = locale === "zh" ? "；" : "; ";
  return {
    marked: marked.map((basis) => basis.ticker),
    mismatch:
      items.length > 0
        ? fillTemplate(labels.basisMismatch, { items: items.join(separator), mark: labels.basisMark })
        : null,
    legend:
      marked.length > 0
        ? fillTemplate(labels.basisLegend, {
            mark: labels.basisMark,
            items: formatList(
              marked.map((basis) =>
                basis.actualOnPlanBasisUsdBn === null
                  ? basis.name
                  : `${basis.name} ${usd(basis.actualOnPlanBasisUsdBn)}`,
              ),
              locale,
            ),
          })
        : null,
    mix:
      groups.length > 1
        ? fillTemplate(labels.basisMix, {
            items: groups
              .map((group) =>
                fillTemplate(mixKey[group.treatment], {
                  companies:
                    locale === "zh" ? beforeChinese(formatList(group.names, locale)) : formatList(group.names, locale),
                  growth: pct(noteGrowth),
                }),
              )
              .join(separator),
          })
        : null,
    ownGrowth: bases.flatMap((basis) =>
      basis.treatment === "own-basis-growth" && basis.plan?.ownBase2024UsdBn != null
        ? [
            fillTemplate(
              basis.plan.low !== null && basis.plan.high !== null ? labels.basisOwnGrowth : labels.basisOwnGrowthPoint,
              {
                company: basis.name,
                range:
                  basis.plan.low !== null && basis.plan.high !== null
                    ? formatUsdBnRange(basis.plan.low, basis.plan.high, locale)
                    : "",
                plan: usd(basis.plan.usdBn),
                ownBase: usd(basis.plan.ownBase2024UsdBn),
                growth: pct(basis.growth),
                base: usd(basis.base2024UsdBn),
                value: usd(basis.value2025UsdBn),
              },
            ),
          ]
        : [],
    ),
  };
}
