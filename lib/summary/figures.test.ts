import { describe, expect, it } from "vitest";

import { useSeededTempDatabase } from "../testing/temp-database";
import { KEY_FIGURE_KEYS, selectKeyFigures, type KeyFigureKey } from "./figures";

const rows = new Map(
  KEY_FIGURE_KEYS.map((key) => [key, { key, value: 1, unit: "usd_bn", origin: "note", source: "s" }]),
);

describe("selectKeyFigures", () => {
  it("returns every key figure", () => {
    expect(Object.keys(selectKeyFigures(rows)).sort()).toEqual([...KEY_FIGURE_KEYS].sort());
  });
  it("rejects a missing figure or an unknown origin", () => {
    const missing = new Map(rows);
    missing.delete("v3_cost");
    expect(() => selectKeyFigures(missing)).toThrow(/v3_cost/);
    const odd = new Map(rows);
    odd.set("v3_cost", { key: "v3_cost", value: 1, unit: "usd_m", origin: "rumour", source: "s" });
    expect(() => selectKeyFigures(odd)).toThrow(/rumour/);
  });
  it("computes a derived figure from its inputs, whatever its row holds", () => {
    const edited = new Map(rows);
    edited.set("capex_total_2024", {
      key: "capex_total_2024",
      value: 200,
      unit: "usd_bn",
      origin: "note",
      source: "s",
    });
    edited.set("capex_growth_2025", {
      key: "capex_growth_2025",
      value: 0.1,
      unit: "ratio",
      origin: "note",
      source: "s",
    });
    const implied = selectKeyFigures(edited).capex_total_2025_implied;
    expect(implied.value).toBeCloseTo(220, 9);
    expect(implied.origin).toBe("computed");
    expect(implied.computedFrom).toEqual(["capex_total_2024", "capex_growth_2025"]);
  });
});

describe("the origin of every key figure, as seeded from facts.json", () => {
  const db = useSeededTempDatabase();

  it("labels the note's figures as the note's and the derived ones as computed, with their inputs", async () => {
    const seeded = await db.prisma.keyFigure.findMany();
    const figures = selectKeyFigures(
      new Map(seeded.map(({ sourceEn, ...row }) => [row.key, { ...row, source: sourceEn }])),
    );
    const origins = Object.fromEntries(KEY_FIGURE_KEYS.map((key) => [key, figures[key].origin]));
    expect(origins).toEqual({
      capex_total_2024: "note",
      capex_growth_2025: "note",
      capex_total_2025_implied: "computed",
      v3_gpu_hours: "note",
      llama3_gpu_hours: "note",
      v3_cost: "note",
      training_ratio_stated: "note",
      training_ratio_computed: "computed",
      stargate_usd_bn: "statement",
      stargate_initial_usd_bn: "statement",
    } satisfies Record<KeyFigureKey, string>);
    // 225.3 × 1.196 and 2.788 ÷ 39.3: what the Summary shows as 2,695 亿美元 / USD 269.5 bn and 7.09%.
    expect(figures.capex_total_2025_implied.value).toBeCloseTo(269.4588, 6);
    expect(figures.training_ratio_computed.value).toBeCloseTo(0.070941, 6);
    expect(figures.training_ratio_computed.computedFrom).toEqual(["v3_gpu_hours", "llama3_gpu_hours"]);
    expect(figures.training_ratio_stated.value).toBe(0.07);
  });
});
