import { describe, expect, it } from "vitest";

import { DEFAULT_TRAINING_STATE, parseTrainingQuery, serializeTrainingQuery, type TrainingViewState } from "./params";

describe("parseTrainingQuery", () => {
  it("gives the defaults for an empty query", () => {
    expect(parseTrainingQuery({})).toEqual({ state: { scale: "linear", priceUsdPerGpuHour: 2 }, notices: [] });
  });

  it("reads scale and price", () => {
    expect(parseTrainingQuery({ scale: "log", price: "2.5" })).toEqual({
      state: { scale: "log", priceUsdPerGpuHour: 2.5 },
      notices: [],
    });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseTrainingQuery({ scale: ["log", "linear"], price: ["3", "4"] }).state).toEqual({
      scale: "log",
      priceUsdPerGpuHour: 3,
    });
  });

  it("falls back to the default price with a notice for a non-number", () => {
    for (const price of ["abc", "", "NaN", "Infinity", "1e999"]) {
      const { state, notices } = parseTrainingQuery({ price });
      expect(state.priceUsdPerGpuHour).toBe(2);
      expect(notices.map((notice) => notice.key)).toEqual(["trainingPriceInvalid"]);
    }
  });

  it("clamps an out-of-range price with a notice", () => {
    expect(parseTrainingQuery({ price: "1000" }).state.priceUsdPerGpuHour).toBe(100);
    expect(parseTrainingQuery({ price: "-5" }).state.priceUsdPerGpuHour).toBe(0.1);
    expect(parseTrainingQuery({ price: "0" }).notices).toEqual([
      { key: "trainingPriceClamped", values: { value: "0", min: 0.1, max: 100 }, params: ["price"] },
    ]);
  });

  it("rounds a price to the cent without a notice", () => {
    expect(parseTrainingQuery({ price: "2.555" })).toEqual({
      state: { scale: "linear", priceUsdPerGpuHour: 2.56 },
      notices: [],
    });
  });

  it("falls back to the linear scale with a notice for an unknown scale", () => {
    const { state, notices } = parseTrainingQuery({ scale: "cubic", price: "3" });
    expect(state).toEqual({ scale: "linear", priceUsdPerGpuHour: 3 });
    expect(notices).toEqual([{ key: "trainingScaleInvalid", values: { value: "cubic" }, params: ["scale"] }]);
  });
});

describe("serializeTrainingQuery", () => {
  it("omits defaults", () => {
    expect(serializeTrainingQuery(DEFAULT_TRAINING_STATE)).toBe("");
    expect(serializeTrainingQuery({ scale: "log", priceUsdPerGpuHour: 2.5 })).toBe("scale=log&price=2.5");
  });

  it("round-trips: parse ∘ serialize is the identity", () => {
    const states: TrainingViewState[] = [
      DEFAULT_TRAINING_STATE,
      { scale: "log", priceUsdPerGpuHour: 2 },
      { scale: "linear", priceUsdPerGpuHour: 0.1 },
      { scale: "log", priceUsdPerGpuHour: 100 },
      { scale: "linear", priceUsdPerGpuHour: 3.99 },
    ];
    for (const state of states) {
      const query = Object.fromEntries(new URLSearchParams(serializeTrainingQuery(state)));
      expect(parseTrainingQuery(query)).toEqual({ state, notices: [] });
    }
  });
});
