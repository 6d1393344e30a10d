import { describe, expect, it } from "vitest";

import { barShare } from "./card";

describe("barShare", () => {
  it("is proportional on a linear axis", () => {
    expect(barShare(50, 200)).toBe(0.25);
    expect(barShare(200, 200)).toBe(1);
  });
  it("gives nothing for zero, negative or missing values", () => {
    expect(barShare(0, 10)).toBe(0);
    expect(barShare(-5, 10)).toBe(0);
    expect(barShare(5, 0)).toBe(0);
  });
  it("keeps the smallest bar visible and orders bars on a log axis", () => {
    const small = barShare(7, 1800, true, 7);
    const middle = barShare(70, 1800, true, 7);
    expect(small).toBeGreaterThan(0);
    expect(middle).toBeGreaterThan(small);
    expect(barShare(1800, 1800, true, 7)).toBeCloseTo(1);
  });
});
