import { describe, expect, it } from "vitest";

import { logAxisBounds, logTicks125, logTicksThatFit, niceAxisMax, niceStep } from "./scale";

describe("niceAxisMax", () => {
  it("leaves room above Amazon's 2025 bar (1,050 亿美元 in the guidance preset)", () => {
    const { max, step } = niceAxisMax([830, 1050, 445]);
    expect(max).toBeGreaterThanOrEqual(1050 * 1.12);
    expect(max % step).toBe(0);
    expect(max).toBe(1250);
  });

  it("uses 1, 2, 2.5 and 5 steps", () => {
    expect(niceStep(100)).toBe(20);
    expect(niceStep(12)).toBe(2.5);
    expect(niceStep(0.7)).toBe(0.2);
    expect(niceAxisMax([105]).max).toBe(125);
    expect(niceAxisMax([4]).max).toBe(5);
  });

  it("copes with nothing to chart", () => {
    expect(niceAxisMax([])).toEqual({ max: 1, step: 1 });
    expect(niceAxisMax([0, Number.NaN])).toEqual({ max: 1, step: 1 });
  });
});

describe("log axes", () => {
  it("ticks at 1, 2 and 5 × 10ⁿ only", () => {
    expect(logTicks125(1, 100)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(logTicks125(0.2, 3)).toEqual([0.2, 0.5, 1, 2]);
    expect(logTicks125(0, 10)).toEqual([]);
  });

  it("ends the axis at the 1-2-5 values around the data (Training: 2.788 and 39.3 M GPU-hours)", () => {
    expect(logAxisBounds([2.788, 39.3])).toEqual({ min: 2, max: 50 });
    expect(logAxisBounds([3.8, 1800])).toEqual({ min: 2, max: 2000 });
    expect(logAxisBounds([10, 100])).toEqual({ min: 5, max: 200 });
    expect(logAxisBounds([])).toEqual({ min: 1, max: 10 });
  });

  it("drops to powers of ten when 1-2-5 labels would overlap, never showing 80 next to 100", () => {
    expect(logTicksThatFit(2, 50, 1000, 40)).toEqual([2, 5, 10, 20, 50]);
    const crowded = logTicksThatFit(2, 2000, 300, 48);
    expect(crowded).toEqual([2, 10, 100, 1000, 2000].filter((tick) => crowded.includes(tick)));
    for (const [index, tick] of crowded.entries()) {
      if (index > 0)
        expect((Math.log10(tick / crowded[index - 1]!) / Math.log10(1000)) * 300).toBeGreaterThanOrEqual(48);
    }
    expect(logTicksThatFit(1, 1e6, 100, 40)).toEqual([1, 100, 10_000, 1_000_000]);
  });
});
