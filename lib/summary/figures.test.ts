import { describe, expect, it } from "vitest";
import { KEY_FIGURE_KEYS, selectKeyFigures } from "./figures";

const rows = new Map(KEY_FIGURE_KEYS.map((key) => [key, { key, value: 1, unit: "usd_bn", origin: "note", source: "s" }]));

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
});
