import { describe, expect, it } from "vitest";

import { monthsSince, monthTickLabel } from "./plan-timeline";

describe("the plans chart's time axis", () => {
  it("places a date at its month plus the share of the month gone", () => {
    expect(monthsSince("2025-01-01")).toBe(0);
    expect(monthsSince("2025-01-27")).toBeCloseTo(26 / 31);
    expect(monthsSince("2026-02-06")).toBeCloseTo(13 + 5 / 28);
    expect(monthsSince("2024-12-31")).toBeCloseTo(-1 + 30 / 31);
  });
  it("labels month starts in each locale's style", () => {
    expect(monthTickLabel(0, "zh")).toBe("2025.1");
    expect(monthTickLabel(14, "zh")).toBe("2026.3");
    expect(monthTickLabel(3, "en")).toBe("Apr 2025");
  });
});
