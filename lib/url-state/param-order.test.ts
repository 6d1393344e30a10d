import { describe, expect, it } from "vitest";

import { capexUrlParsers } from "@/lib/capex/view-state";
import { DEFAULT_MODELS_QUERY, modelsUrlParsers } from "@/lib/models/view-state";
import { trainingUrlParsers } from "@/lib/training/view-state";
import { CAPEX_TICKERS } from "@/lib/vocabulary";

import { inParamOrder, VIEW_PARAM_ORDER } from "./param-order";

describe("VIEW_PARAM_ORDER", () => {
  it("names each view's parameters as its state and its nuqs parsers define them", () => {
    expect(VIEW_PARAM_ORDER.capex).toEqual(["preset", ...CAPEX_TICKERS, "scenario", "section"]);
    expect(VIEW_PARAM_ORDER.capex).toEqual(Object.keys(capexUrlParsers));
    expect(VIEW_PARAM_ORDER.models).toEqual(Object.keys(DEFAULT_MODELS_QUERY));
    expect(VIEW_PARAM_ORDER.models).toEqual(Object.keys(modelsUrlParsers));
    expect(VIEW_PARAM_ORDER.training).toEqual(Object.keys(trainingUrlParsers));
  });
});

describe("inParamOrder", () => {
  it("puts the views' parameters in their documented order and keeps others after them, in place", () => {
    expect(inParamOrder(new URLSearchParams("aapl=10&embed=1&preset=guidance&foo=2&msft=5")).toString()).toBe(
      "preset=guidance&msft=5&aapl=10&embed=1&foo=2",
    );
    expect(inParamOrder(new URLSearchParams("view=params&region=CN&region=US&dir=desc&sort=params")).toString()).toBe(
      "region=CN&region=US&sort=params&dir=desc&view=params",
    );
  });

  it("orders by a given list", () => {
    expect(inParamOrder(new URLSearchParams("price=3&scale=log"), ["scale", "price"]).toString()).toBe(
      "scale=log&price=3",
    );
  });
});
