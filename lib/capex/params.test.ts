import { describe, expect, it } from "vitest";

import { exportFileBase } from "@/lib/export/file-name";

import {
  capexFileParts,
  DEFAULT_CAPEX_VIEW,
  parseCapexQuery,
  serializeCapexQuery,
  type CapexViewState,
} from "./params";

const parseQuery = (query: string) => parseCapexQuery(Object.fromEntries(new URLSearchParams(query)));

describe("parseCapexQuery", () => {
  it("defaults to the consensus preset without notices", () => {
    expect(parseCapexQuery({})).toEqual({ state: DEFAULT_CAPEX_VIEW, notices: [] });
  });

  it("reads the preset and per-company overrides in percent", () => {
    expect(parseQuery("preset=guidance&aapl=10&msft=-12.5").state).toEqual({
      preset: "guidance",
      overrides: { aapl: 10, msft: -12.5 },
      scenarioId: null,
      section: null,
    });
  });

  it("clamps out-of-range growth with a notice", () => {
    const { state, notices } = parseQuery("msft=999&meta=-80");
    expect(state.overrides).toEqual({ msft: 200, meta: -50 });
    expect(notices).toEqual([
      {
        key: "capexClampedGrowth",
        values: { param: "msft", value: "999", min: -50, max: 200, clamped: 200 },
        params: ["msft"],
      },
      {
        key: "capexClampedGrowth",
        values: { param: "meta", value: "-80", min: -50, max: 200, clamped: -50 },
        params: ["meta"],
      },
    ]);
  });

  it("ignores malformed growth and unknown presets with a notice, never throwing", () => {
    const { state, notices } = parseQuery("preset=bullish&msft=abc&googl=1e3&amzn=Infinity&scenario=<b>");
    expect(state).toEqual(DEFAULT_CAPEX_VIEW);
    expect(notices.map((notice) => notice.key)).toEqual([
      "capexUnknownPreset",
      "capexInvalidGrowth",
      "capexInvalidGrowth",
      "capexInvalidGrowth",
      "capexUnknownScenario",
    ]);
  });

  it("takes the first of repeated parameters, rounds to one decimal and reads preset=custom as the consensus base", () => {
    expect(parseCapexQuery({ preset: "custom", msft: ["12.34", "50"] }).state).toEqual({
      preset: "consensus",
      overrides: { msft: 12.3 },
      scenarioId: null,
      section: null,
    });
  });
});

describe("serializeCapexQuery", () => {
  const states: CapexViewState[] = [
    DEFAULT_CAPEX_VIEW,
    { preset: "guidance", overrides: { aapl: 10 }, scenarioId: null, section: null },
    {
      preset: "flat",
      overrides: { msft: -50, googl: 200, amzn: 0, meta: 62.5, aapl: -0.1 },
      scenarioId: "Ab3dE5gH9k",
      section: null,
    },
  ];

  it("round-trips: parse ∘ serialize is the identity", () => {
    for (const state of states) {
      const { state: parsed, notices } = parseQuery(serializeCapexQuery(state));
      expect(notices).toEqual([]);
      expect(parsed).toEqual(state);
    }
  });

  it("writes the documented names in a stable order", () => {
    expect(
      serializeCapexQuery({ preset: "guidance", overrides: { aapl: 10, msft: 50 }, scenarioId: null, section: null }),
    ).toBe("preset=guidance&msft=50&aapl=10");
  });
});

describe("capexFileParts", () => {
  it("names exports after the scenario", () => {
    expect(exportFileBase("capex-2025", capexFileParts({ preset: "guidance", overrides: { aapl: 10 } }))).toBe(
      "capex-2025-guidance-aapl10",
    );
    expect(exportFileBase("capex-2025", capexFileParts({ preset: "consensus", overrides: { msft: -12.5 } }))).toBe(
      "capex-2025-consensus-msft-12p5",
    );
  });
});
