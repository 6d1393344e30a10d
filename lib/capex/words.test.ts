import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { computeScenario, type CapexCompanyBase } from "./scenario";
import { capexFileParts } from "./view-state";
import { capexScenarioInWords, capexStatementInWords } from "./words";

const companies: CapexCompanyBase[] = [
  { ticker: "msft", base2024UsdBn: 44.5, guidance2025UsdBn: 80 },
  { ticker: "aapl", base2024UsdBn: 9.4, guidance2025UsdBn: null },
];
const names = { msft: "Microsoft", aapl: "Apple" };
const namesZh = { msft: "微软", aapl: "苹果" };

describe("capexScenarioInWords", () => {
  it("names the preset when nothing is overridden", () => {
    const state = { preset: "guidance" as const, overrides: {} };
    expect(capexScenarioInWords(state, computeScenario(state, companies, 0.196), names, en.Capex, "en")).toBe(
      "Company guidance preset",
    );
  });
  it("lists the overrides, in the locale's words and number format", () => {
    const state = { preset: "guidance" as const, overrides: { msft: 50, aapl: 10 } };
    const outcome = computeScenario(state, companies, 0.196);
    expect(capexScenarioInWords(state, outcome, names, en.Capex, "en")).toBe(
      "Company guidance preset, edited: Microsoft +50% and Apple +10%",
    );
    expect(capexScenarioInWords(state, outcome, namesZh, zh.Capex, "zh")).toBe(
      "“公司指引”预设，自定义：微软 +50%、苹果 +10%",
    );
  });
});

describe("capexFileParts", () => {
  it("gives the preset and each override, decimals as p", () => {
    expect(capexFileParts({ preset: "guidance", overrides: { aapl: 10 } })).toEqual(["guidance", "aapl10"]);
    expect(capexFileParts({ preset: "consensus", overrides: { msft: 12.5, aapl: -5 } })).toEqual([
      "consensus",
      "msft12p5",
      "aapl-5",
    ]);
  });
});

describe("capex lines in words", () => {
  it("writes a statement with a range's unit once, its basis and date; none says so", () => {
    const meta = { usdBn: null, usdBnLow: 60, usdBnHigh: 65, basis: "2025", saidOn: "2025-01-24" };
    expect(capexStatementInWords("Meta", meta, zh.Capex, "zh")).toBe(
      "Meta：600–650 亿美元，2025，2025 年 1 月 24 日发表",
    );
    expect(capexStatementInWords("Meta", meta, en.Capex, "en")).toBe("Meta: USD 60–65 bn, 2025, said Jan 24, 2025");
    expect(
      capexStatementInWords(
        "苹果",
        { usdBn: null, usdBnLow: null, usdBnHigh: null, basis: "2025", saidOn: null },
        zh.Capex,
        "zh",
      ),
    ).toBe("苹果：未给出资本开支指引");
    expect(
      capexStatementInWords(
        "微软",
        { usdBn: 80, usdBnLow: null, usdBnHigh: null, basis: "2025 财年", saidOn: null },
        zh.Capex,
        "zh",
      ),
    ).toBe("微软：800 亿美元，2025 财年");
    // A round amount the company said "about" of reads so, at the precision it was said.
    const microsoft = {
      approximate: true,
      usdBn: 80,
      usdBnLow: null,
      usdBnHigh: null,
      basis: "FY2025",
      saidOn: "2025-01-03",
    };
    expect(capexStatementInWords("Microsoft", microsoft, en.Capex, "en")).toBe(
      "Microsoft: about USD 80 bn, FY2025, said Jan 3, 2025",
    );
    expect(capexStatementInWords("微软", microsoft, zh.Capex, "zh")).toBe(
      "微软：约 800 亿美元，FY2025，2025 年 1 月 3 日发表",
    );
  });
});
