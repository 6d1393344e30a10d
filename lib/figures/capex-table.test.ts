import { describe, expect, it } from "vitest";

import { noteVsActual } from "@/lib/capex/after-note";
import type { CapexCompany } from "@/lib/capex/companies";
import { noteHeadlineOrigins, scenarioHeadlineOrigins } from "@/lib/capex/figure-origins";
import { computeScenario } from "@/lib/capex/scenario";
import { selectKeyFigures } from "@/lib/summary/figures";
import { CAPEX_PRESETS, type CapexTicker } from "@/lib/vocabulary";
import en from "@/messages/en.json";

import { CAPEX_FIGURE_TABLE, originOf, scenarioTotalId, type CapexFigureId, type FigureRule } from "./capex-table";

const RULES = Object.entries(CAPEX_FIGURE_TABLE) as [CapexFigureId, FigureRule][];

// 2024 and 2025 as filed (USD bn), from facts.json.
const FILED: [CapexTicker, string, number, number][] = [
  ["msft", "Microsoft", 44.477, 64.551],
  ["googl", "Alphabet", 52.535, 91.447],
  ["amzn", "Amazon", 82.999, 131.819],
  ["meta", "Meta", 37.256, 69.691],
  ["aapl", "Apple", 9.447, 12.715],
];
const COMPANIES: CapexCompany[] = FILED.map(([ticker, name, base, actual]) => ({
  ticker,
  name,
  base2024UsdBn: base,
  guidance2025UsdBn: null,
  actual2025UsdBn: actual,
  reported: { basis: "FY2024", source: `${name} 10-K` },
  guidance: null,
  actual: { usdBn: actual, basis: "FY2025", source: `${name} 10-K`, accession: null, filedOn: null, sourceUrl: null },
}));
const NOTE = { total2024UsdBn: 225.3, growth: 0.196, total2025UsdBn: 269.4588, source: "FactSet" };
const explain = ({ key }: { key: string }) => key;

describe("the table of capex figures", () => {
  it("names only figures of the table as inputs, and gives inputs to exactly the computed figures and assumptions", () => {
    for (const [id, rule] of RULES) {
      for (const input of rule.inputs ?? []) expect(CAPEX_FIGURE_TABLE, `${id} ← ${input}`).toHaveProperty([input]);
      const derived = rule.origin === "computed" || rule.origin === "scenario";
      expect(Boolean(rule.inputs?.length), id).toBe(derived);
    }
  });

  it("makes 2,695 a computation of the note's 2,253 × (1 + 19.6%), not the note's figure", () => {
    expect(CAPEX_FIGURE_TABLE["note.total2025"]).toEqual({
      origin: "computed",
      basis: "note-total",
      inputs: ["note.total2024", "note.growth2025"],
    });
    expect(originOf("note.total2024")).toBe("note");
  });

  it("gives each preset's total exactly one origin: consensus (2,711) and Actual 2025 (3,702) computed, the rest scenario", () => {
    expect(Object.fromEntries(CAPEX_PRESETS.map((preset) => [preset, originOf(scenarioTotalId(preset))]))).toEqual({
      consensus: "computed",
      guidance: "scenario",
      actual: "computed",
      flat: "scenario",
    });
    expect(scenarioTotalId("actual")).toBe("actuals.total2025");
    expect(CAPEX_FIGURE_TABLE["actuals.total2025"].inputs).toEqual(["company.actual2025"]);
    expect(originOf(scenarioTotalId("custom"))).toBe("scenario");
  });
});

describe("every renderer reads its origins from the table", () => {
  it("the capex headline (each preset) and the Summary's key figures", () => {
    const note = noteHeadlineOrigins(NOTE, en.Capex, "en");
    expect(note.total2024.origin).toBe(originOf("note.total2024"));
    expect(note.total2025.origin).toBe(originOf("note.total2025"));
    for (const preset of [...CAPEX_PRESETS, "custom"] as const) {
      const scenario = scenarioHeadlineOrigins(en.Capex, preset);
      expect(scenario.total2025.origin, preset).toBe(originOf(scenarioTotalId(preset)));
      expect(scenario.total2024.origin).toBe(originOf("filings.total2024"));
    }
    const rows = new Map(
      [
        ["capex_total_2024", 225.3, "usd_bn"],
        ["capex_growth_2025", 0.196, "ratio"],
        ["capex_total_2025_implied", 269.5, "usd_bn"],
        ["v3_gpu_hours", 2.788, "gpu_hours_m"],
        ["llama3_gpu_hours", 39.3, "gpu_hours_m"],
        ["v3_cost", 5.576, "usd_m"],
        ["training_ratio_stated", 0.07, "ratio"],
        ["training_ratio_computed", 0.0709, "ratio"],
        ["stargate_usd_bn", 500, "usd_bn"],
        ["stargate_initial_usd_bn", 100, "usd_bn"],
      ].map(([key, value, unit]) => [key as string, { key, value, unit, origin: "note", source: "note" }]),
    ) as Parameters<typeof selectKeyFigures>[0];
    const summary = selectKeyFigures(rows);
    expect(summary.capex_total_2025_implied.origin).toBe(originOf("note.total2025"));
    expect(summary.capex_total_2024.origin).toBe(originOf("note.total2024"));
    expect(summary.capex_growth_2025.origin).toBe(originOf("note.growth2025"));
  });

  it("the note-vs-actual block, totals and companies", () => {
    const consensus = computeScenario({ preset: "consensus", overrides: {} }, COMPANIES, NOTE.growth);
    const vs = noteVsActual(COMPANIES, NOTE, consensus, explain);
    const expected: (readonly [string, { origin: string } | null, CapexFigureId])[] = [
      ["note2025", vs.note2025, "note.total2025"],
      ["filings2024", vs.filings2024, "filings.total2024"],
      ["consensusOnFilings2025", vs.consensusOnFilings2025, "filings.consensus2025"],
      ["actual2025", vs.actual2025, "actuals.total2025"],
      ["actualGrowth", vs.actualGrowth, "actuals.growth2025"],
      ["missUsdBn", vs.missUsdBn, "miss.vsNote"],
      ["gapsTotalUsdBn", vs.gapsTotalUsdBn, "miss.gapsTotal"],
      ["baseDifferenceUsdBn", vs.baseDifferenceUsdBn, "miss.baseDifference"],
      ...vs.companies.flatMap((row) => [
        [`${row.ticker} base`, row.base2024, "company.base2024"] as const,
        [`${row.ticker} scenario`, row.scenario2025, "company.consensus2025"] as const,
        [`${row.ticker} actual`, row.actual2025, "company.actual2025"] as const,
        [`${row.ticker} growth`, row.actualGrowth, "company.actualGrowth2025"] as const,
        [`${row.ticker} gap`, row.gapUsdBn, "company.gap2025"] as const,
      ]),
    ];
    for (const [name, figure, id] of expected) expect(figure?.origin, name).toBe(originOf(id));
    // The same 2,711 in the block and as the consensus preset's headline total: one origin.
    expect(vs.consensusOnFilings2025.value).toBeCloseTo(consensus.total2025UsdBn, 9);
    expect(scenarioHeadlineOrigins(en.Capex, consensus.preset).total2025.origin).toBe(vs.consensusOnFilings2025.origin);
    // The 3,702 sum of 10-K figures under the Actual 2025 preset: the block's origin too.
    const actual = computeScenario({ preset: "actual", overrides: {} }, COMPANIES, NOTE.growth);
    expect(actual.total2025UsdBn).toBeCloseTo(vs.actual2025!.value, 9);
    expect(scenarioHeadlineOrigins(en.Capex, actual.preset).total2025.origin).toBe(vs.actual2025!.origin);
  });
});
