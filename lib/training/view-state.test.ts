import fc from "fast-check";
import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";

import { junkValue, numberText, queryOf, rawSearchParams } from "@/lib/testing/query-arbitraries";

import { parseTrainingQuery } from "./params";
import {
  CHART_SCALES,
  MAX_PRICE_USD,
  MIN_PRICE_USD,
  serializeTrainingQuery,
  trainingStateFromUrl,
  trainingUrlParsers,
  type TrainingViewState,
} from "./view-state";

/** The state the browser reads from a query: nuqs' loader applies the parsers exactly as useQueryStates does. */
const loadTrainingUrl = createLoader(trainingUrlParsers);
const nuqsState = (search: URLSearchParams) => trainingStateFromUrl(loadTrainingUrl(search));
const zodState = (search: URLSearchParams) => parseTrainingQuery(rawSearchParams(search)).state;

const priceText = fc.oneof(
  numberText,
  fc.double({ min: 0, max: 150, noNaN: true }).map((value) => value.toFixed(3)),
  fc.constantFrom("0", "0.1", "0.099", "100.004", "1e1", " 3 "),
);
const trainingQuery = queryOf(
  ["scale", "price", "embed"],
  fc.oneof(fc.constantFrom(...CHART_SCALES, "Log", "cubic"), priceText, junkValue),
);

const trainingState: fc.Arbitrary<TrainingViewState> = fc.record({
  scale: fc.constantFrom(...CHART_SCALES),
  priceUsdPerGpuHour: fc.integer({ min: MIN_PRICE_USD * 100, max: MAX_PRICE_USD * 100 }).map((cents) => cents / 100),
});

describe("the training nuqs parsers mirror the zod parser", () => {
  it("read the same state from any query (property)", () => {
    fc.assert(
      fc.property(trainingQuery, (search) => {
        expect(nuqsState(search)).toEqual(zodState(search));
      }),
      { numRuns: 2000 },
    );
  });

  it("agree on the edge cases the zod parser documents", () => {
    for (const query of [
      "",
      "price=abc",
      "price=",
      "price=1e999",
      "price=0",
      "price=-5",
      "price=1000",
      "price=2.555",
      "scale=log&scale=linear&price=3&price=4",
      "scale=cubic",
    ]) {
      const search = new URLSearchParams(query);
      expect(nuqsState(search), query).toEqual(zodState(search));
    }
  });

  it("round-trip: both parsers read serializeTrainingQuery(state) as the state, without notices (property)", () => {
    fc.assert(
      fc.property(trainingState, (state) => {
        const search = new URLSearchParams(serializeTrainingQuery(state));
        expect(parseTrainingQuery(rawSearchParams(search))).toEqual({ state, notices: [] });
        expect(nuqsState(search)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});
