import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { computeScenario, type CapexCompanyBase } from "./scenario";
import { capexFileParts } from "./view-state";
import { capexScenarioInWords } from "./words";

const companies: CapexCompanyBase[] = [
  { ticker: "msft", base2024UsdBn: 44.5, guidance2025UsdBn: 80 },
  { ticker: "aapl", base2024UsdBn: 9.4, guidance2025UsdBn: null },
];
const names = { msft: "Microsoft", aapl: "Apple" };
const namesZh = { msft: "微软", aapl: "苹果" };

describe("capexScenarioInWords", () => {
  it("names the preset when nothing is overridden", () => {
    const state = { preset: "guidance" as const, overrides: {} };
    expect(capexScenarioInWords(state, computeScenario(state, companies, 0.196), names, en.Capex, "en")).toBe("Company guidance preset");
  });
  it("lists the overrides, in the locale's words and number format", () => {
    const state = { preset: "guidance" as const, overrides: { msft: 50, aapl: 10 } };
    const outcome = computeScenario(state, companies, 0.196);
    expect(capexScenarioInWords(state, outcome, names, en.Capex, "en")).toBe("Company guidance preset, edited: Microsoft +50% and Apple +10%");
    expect(capexScenarioInWords(state, outcome, namesZh, zh.Capex, "zh")).toBe("“公司指引”预设,自定义:微软 +50%和苹果 +10%");
  });
});

describe("capexFileParts", () => {
  it("gives the preset and each override, decimals as p", () => {
    expect(capexFileParts({ preset: "guidance", overrides: { aapl: 10 } })).toEqual(["guidance", "aapl10"]);
    expect(capexFileParts({ preset: "consensus", overrides: { msft: 12.5, aapl: -5 } })).toEqual(["consensus", "msft12p5", "aapl-5"]);
  });
});
