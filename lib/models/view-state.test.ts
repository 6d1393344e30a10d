import fc from "fast-check";
import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";

import { junkValue, queryOf, rawSearchParams } from "@/lib/testing/query-arbitraries";
import { MODALITIES, MODEL_ACCESS, MODEL_REGIONS } from "@/lib/vocabulary";

import { parseModelsQuery } from "./params";
import {
  DEFAULT_MODELS_QUERY,
  MODEL_CHART_VIEWS,
  MODEL_SORT_KEYS,
  MODELS_PARAM_NAMES,
  modelsUrlParsers,
  serializeModelsQuery,
  settleModelsQuery,
  SORT_DIRECTIONS,
  type ModelsQuery,
} from "./view-state";

const COMPANY_SLUGS = ["openai", "deepseek", "01-ai", "zhipu-ai"];

/** The state the browser reads from a query: nuqs' loader applies the parsers as useQueryStates does, then the same settling rules. */
const loadModelsUrl = createLoader(modelsUrlParsers);
const nuqsState = (search: URLSearchParams) => settleModelsQuery(loadModelsUrl(search), COMPANY_SLUGS).state;
const zodState = (search: URLSearchParams) =>
  parseModelsQuery(rawSearchParams(search), { companySlugs: COMPANY_SLUGS }).state;

const yearMonth = fc
  .tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 0, max: 13 }))
  .map(([year, month]) => `${year}-${String(month).padStart(2, "0")}`);
const modelsValue = fc.oneof(
  fc.constantFrom(
    ...MODEL_REGIONS,
    "cn",
    "Us",
    ...MODEL_ACCESS,
    ...MODALITIES,
    ...MODEL_SORT_KEYS,
    ...SORT_DIRECTIONS,
    ...MODEL_CHART_VIEWS,
    ...COMPANY_SLUGS,
    "acme",
    "Deep Seek!",
    " open ",
  ),
  yearMonth,
  fc.string({ maxLength: 120 }),
  fc.constant("x".repeat(101)),
  junkValue,
);
const modelsQuery = queryOf([...MODELS_PARAM_NAMES, "regoin", "embed"], modelsValue, 10);

const orNull = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const modelsState: fc.Arbitrary<ModelsQuery> = fc
  .record({
    region: orNull(fc.constantFrom(...MODEL_REGIONS)),
    access: orNull(fc.constantFrom(...MODEL_ACCESS)),
    company: orNull(fc.constantFrom(...COMPANY_SLUGS)),
    modality: orNull(fc.constantFrom(...MODALITIES)),
    from: orNull(yearMonth.filter((value) => !/-(00|13)$/.test(value))),
    to: orNull(yearMonth.filter((value) => !/-(00|13)$/.test(value))),
    q: orNull(
      fc
        .string({ minLength: 1, maxLength: 100 })
        .map((text) => text.trim())
        .filter(Boolean),
    ),
    sort: orNull(fc.constantFrom(...MODEL_SORT_KEYS)),
    dir: fc.constantFrom(...SORT_DIRECTIONS),
    view: fc.constantFrom(...MODEL_CHART_VIEWS),
  })
  .map((state) => settleModelsQuery(state).state);

describe("the Models nuqs parsers mirror the zod parser", () => {
  it("read the same state from any query (property)", () => {
    fc.assert(
      fc.property(modelsQuery, (search) => {
        expect(nuqsState(search)).toEqual(zodState(search));
      }),
      { numRuns: 2000 },
    );
  });

  it("agree on the edge cases the zod parser documents", () => {
    for (const query of [
      "",
      "region=cn&access=&q=%20%20&company=",
      "region=CN&region=US",
      "access=bogus&access=open",
      "region=&region=CN",
      "from=2025-01&to=2024-02",
      "company=acme",
      "dir=desc",
      `q=${"x".repeat(101)}`,
    ]) {
      const search = new URLSearchParams(query);
      expect(nuqsState(search), query).toEqual(zodState(search));
    }
  });

  it("round-trip: both parsers read serializeModelsQuery(state) as the state, without notices (property)", () => {
    fc.assert(
      fc.property(modelsState, (state) => {
        const search = new URLSearchParams(serializeModelsQuery(state));
        expect(parseModelsQuery(rawSearchParams(search), { companySlugs: COMPANY_SLUGS })).toEqual({
          state,
          notices: [],
        });
        expect(nuqsState(search)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it("settles a state as the server does: an unknown company dropped, a reversed range swapped, a lone direction reset", () => {
    expect(
      settleModelsQuery(
        { ...DEFAULT_MODELS_QUERY, company: "acme", from: "2025-01", to: "2024-02", dir: "desc" },
        COMPANY_SLUGS,
      ),
    ).toEqual({
      state: { ...DEFAULT_MODELS_QUERY, from: "2024-02", to: "2025-01" },
      unknownCompany: "acme",
      swappedRange: true,
    });
  });
});
