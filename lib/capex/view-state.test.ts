import fc from "fast-check";
import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";

import { junkValue, numberText, queryOf, rawSearchParams } from "@/lib/testing/query-arbitraries";
import { CAPEX_PRESETS, CAPEX_TICKERS } from "@/lib/vocabulary";

import { parseCapexQuery } from "./params";
import { GROWTH_MAX_PERCENT, GROWTH_MIN_PERCENT } from "./scenario";
import {
  CAPEX_SECTIONS,
  capexStateFromUrl,
  capexUrlParsers,
  serializeCapexQuery,
  type CapexViewState,
} from "./view-state";

/** The state the browser reads from a query: nuqs' loader applies the parsers exactly as useQueryStates does. */
const loadCapexUrl = createLoader(capexUrlParsers);
const nuqsState = (search: URLSearchParams) => capexStateFromUrl(loadCapexUrl(search));
const zodState = (search: URLSearchParams) => parseCapexQuery(rawSearchParams(search)).state;

const scenarioId = fc.oneof(
  fc.stringMatching(/^[0-9A-Za-z]{10}$/),
  fc.constantFrom("Ab3dE5gH9k", "short", "Ab3dE5gH9k!", "Ab3dE5gH9kX"),
);
const capexValue = fc.oneof(
  fc.constantFrom(...CAPEX_PRESETS, ...CAPEX_SECTIONS, "custom", "Custom", " flat", "Plans"),
  numberText,
  scenarioId,
  junkValue,
);
const capexQuery = queryOf(["preset", ...CAPEX_TICKERS, "scenario", "section", "embed", "foo"], capexValue);

const growth = fc.integer({ min: GROWTH_MIN_PERCENT * 10, max: GROWTH_MAX_PERCENT * 10 }).map((tenths) => tenths / 10);
const capexState: fc.Arbitrary<CapexViewState> = fc.record({
  preset: fc.constantFrom(...CAPEX_PRESETS),
  overrides: fc.record(
    Object.fromEntries(CAPEX_TICKERS.map((ticker) => [ticker, growth])) as Record<
      (typeof CAPEX_TICKERS)[number],
      fc.Arbitrary<number>
    >,
    { requiredKeys: [] },
  ),
  scenarioId: fc.option(fc.stringMatching(/^[0-9A-Za-z]{10}$/), { nil: null }),
  section: fc.option(fc.constantFrom(...CAPEX_SECTIONS), { nil: null }),
});

describe("the capex nuqs parsers mirror the zod parser", () => {
  it("read the same state from any query (property)", () => {
    fc.assert(
      fc.property(capexQuery, (search) => {
        expect(nuqsState(search)).toEqual(zodState(search));
      }),
      { numRuns: 2000 },
    );
  });

  it("agree on the edge cases the zod parser documents", () => {
    for (const query of [
      "",
      "preset=custom&msft=12.34",
      "msft=999&meta=-80",
      "preset=bullish&msft=abc&googl=1e3&amzn=Infinity&scenario=<b>",
      "msft=%2012%20",
      "msft=-0",
      "msft=&msft=5",
      "aapl=-50.04",
    ]) {
      const search = new URLSearchParams(query);
      expect(nuqsState(search), query).toEqual(zodState(search));
    }
  });

  it("round-trip: both parsers read serializeCapexQuery(state) as the state, without notices (property)", () => {
    fc.assert(
      fc.property(capexState, (state) => {
        const search = new URLSearchParams(serializeCapexQuery(state));
        expect(parseCapexQuery(rawSearchParams(search))).toEqual({ state, notices: [] });
        expect(nuqsState(search)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it("serialises with the preset always written and the parameters in their documented order", () => {
    expect(serializeCapexQuery({ preset: "consensus", overrides: {}, scenarioId: null, section: null })).toBe(
      "preset=consensus",
    );
    expect(
      serializeCapexQuery({
        preset: "flat",
        overrides: { aapl: -0.1, msft: 62.5 },
        scenarioId: "Ab3dE5gH9k",
        section: null,
      }),
    ).toBe("preset=flat&msft=62.5&aapl=-0.1&scenario=Ab3dE5gH9k");
    expect(serializeCapexQuery({ preset: "actual", overrides: {}, scenarioId: null, section: "plans" })).toBe(
      "preset=actual&section=plans",
    );
  });
});
