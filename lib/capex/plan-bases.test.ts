import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import type { CapexCompany } from "./companies";
import { planBases, planBasisTexts } from "./plan-bases";
import { computeScenario, guidanceMidpoint } from "./scenario";

const plan = (usdBn: number | null, low: number | null, high: number | null, measure: string | null) => ({
  usdBn,
  usdBnLow: low,
  usdBnHigh: high,
  basis: "2025",
  measure,
  saidOn: "2025-01-29",
  approximate: false,
  source: "statement",
});
const company = (
  ticker: CapexCompany["ticker"],
  name: string,
  base: number,
  guidance: ReturnType<typeof plan> | null,
  ownBase?: number,
): CapexCompany => ({
  ticker,
  name,
  base2024UsdBn: base,
  guidance2025UsdBn: guidance ? guidanceMidpoint(guidance) : null,
  ...(ownBase !== undefined ? { guidanceBase2024UsdBn: ownBase } : {}),
  reported: { basis: "2024", source: "10-K" },
  guidance,
  actual: null,
});
// facts.json's plans as the seed stores them: Microsoft and Amazon on their own measures at face value,
// Meta's range on its own basis with its own 2024, Alphabet on the cash line, Apple without a figure.
const COMPANIES = [
  company("msft", "微软", 44.477, plan(80, null, null, "AI 数据中心投入，含融资租赁；非现金流量表口径")),
  company("googl", "Alphabet（谷歌）", 52.535, plan(75, null, null, null)),
  company("amzn", "亚马逊", 82.999, plan(105, null, null, "2024 年四季度 263 亿美元的年化值，扣除处置收入及激励")),
  company("meta", "Meta", 37.256, plan(null, 60, 65, "含融资租赁本金偿付"), 39.225),
  company("aapl", "苹果", 9.447, null),
];
const ON_PLAN_BASIS = { msft: 88.2, amzn: 128.32, meta: 72.215 };

describe("the guidance preset's plans against the 10-K actuals", () => {
  const outcome = computeScenario({ preset: "guidance", overrides: {} }, COMPANIES, 0.196);
  const bases = planBases(outcome, COMPANIES, ON_PLAN_BASIS);

  it("says which plan stands like with like beside the cash-line actual", () => {
    expect(Object.fromEntries(bases.map((basis) => [basis.ticker, [basis.treatment, basis.comparable]]))).toEqual({
      msft: ["face-value", false],
      googl: ["cash-line", true],
      amzn: ["face-value", false],
      meta: ["own-basis-growth", true],
      aapl: ["note-growth", true],
    });
    expect(bases.find((basis) => basis.ticker === "msft")!.actualOnPlanBasisUsdBn).toBe(88.2);
  });

  it("names the unlike pairs with the actual on the plan's basis, the total's mix, and what was applied to Meta", () => {
    const texts = planBasisTexts(bases, zh.Capex, "zh", 0.196);
    expect(texts.marked).toEqual(["msft", "amzn"]);
    expect(texts.mismatch).toContain(
      "微软的 800 亿美元为其计划口径（AI 数据中心投入，含融资租赁；非现金流量表口径），同口径实际 882 亿美元",
    );
    expect(texts.mismatch).toContain("同口径实际 1,283 亿美元");
    expect(texts.legend).toBe("* 计划与实际口径不同（同口径实际：微软 882 亿美元、亚马逊 1,283 亿美元）");
    expect(texts.mix).toBe(
      "合计混合了不同处理：Meta 按同口径计划增速换算到现金口径；微软、亚马逊按计划原值；Alphabet（谷歌）的计划即现金流量表口径；苹果未给出计划数字，按研报的 19.6% 增长。",
    );
    // The number shown (594) is the midpoint's growth on Meta's own basis applied to its cash line, and the text says so.
    expect(texts.ownGrowth).toEqual([
      "Meta：计划区间 600–650 亿美元取中值 625 亿美元，较同口径 2024 年 392 亿美元增长 59.3%，按此增速套用于现金口径 2024 年 373 亿美元，得 594 亿美元",
    ]);
    const english = planBasisTexts(bases, en.Capex, "en", 0.196);
    expect(english.ownGrowth[0]).toContain("gives USD 59.4 bn");
  });

  it("says nothing where no company takes its plan (consensus)", () => {
    const consensus = computeScenario({ preset: "consensus", overrides: {} }, COMPANIES, 0.196);
    expect(planBasisTexts(planBases(consensus, COMPANIES, ON_PLAN_BASIS), zh.Capex, "zh", 0.196)).toEqual({
      marked: [],
      mismatch: null,
      legend: null,
      mix: null,
      ownGrowth: [],
    });
  });
});
