import { describe, expect, it } from "vitest";
import { capexFigureSchema } from "./capex-figure";
import { toFieldErrors } from "./field-errors";

const validFigure = { company: "microsoft", year: 2025, kind: "guidance", usdBn: 80, basis: "FY2025", line: null, origin: "statement", source: "blog", saidOn: "2025-01-03" };

describe("capexFigureSchema", () => {
  it("accepts a figure and fills the optional range with nulls", () => {
    expect(capexFigureSchema.parse(validFigure)).toMatchObject({ usdBnLow: null, usdBnHigh: null, usdBn: 80 });
  });

  it.each([
    ["a fractional year", { year: 2025.5 }, "year"],
    ["a year out of range", { year: 1999 }, "year"],
    ["an unknown kind", { kind: "rumour" }, "kind"],
    ["an unknown origin", { origin: "blog" }, "origin"],
    ["a negative amount", { usdBn: -5 }, "usdBn"],
    ["a range upside down", { usdBnLow: 20, usdBnHigh: 10 }, "usdBnHigh"],
    ["a malformed date", { saidOn: "2025-02-30x" }, "saidOn"],
    ["an unknown field", { id: 3 }, "id"],
  ])("rejects %s", (_what, change, field) => {
    const result = capexFigureSchema.safeParse({ ...validFigure, ...change });
    expect(result.success).toBe(false);
    if (!result.success) expect(toFieldErrors(result.error).map((e) => e.field)).toContain(field);
  });
});
