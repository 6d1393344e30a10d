import { describe, expect, it } from "vitest";

import { capexFigurePatchSchema, capexFigureSchema } from "./capex-figure";
import { toFieldErrors } from "./field-errors";

const validFigure = {
  company: "microsoft",
  year: 2025,
  kind: "reported",
  usdBn: 64.551,
  basisZh: "2025 财年（2024.7–2025.6）",
  basisEn: "FY2025 (Jul 2024 - Jun 2025)",
  lineZh: "购建物业及设备支出",
  lineEn: "Additions to property and equipment",
  origin: "filing",
  sourceZh: "微软 10-K 年报",
  sourceEn: "Microsoft Form 10-K",
  accession: "0000950170-25-100235",
  filedOn: "2025-07-30",
  sourceUrl: "https://www.sec.gov/Archives/edgar/data/789019/000095017025100235/",
};

describe("capexFigureSchema", () => {
  it("accepts a figure and fills what is optional with nulls", () => {
    expect(capexFigureSchema.parse(validFigure)).toMatchObject({
      usdBnLow: null,
      usdBnHigh: null,
      usdBn: 64.551,
      measureZh: null,
      measureEn: null,
      saidOn: null,
    });
  });

  it("still takes one text for a field that has two languages now, for both", () => {
    const { basisZh: _bz, basisEn: _be, sourceZh: _sz, sourceEn: _se, lineZh: _lz, lineEn: _le, ...rest } = validFigure;
    const parsed = capexFigureSchema.parse({ ...rest, basis: "FY2025", line: null, source: "blog" });
    expect(parsed).toMatchObject({
      basisZh: "FY2025",
      basisEn: "FY2025",
      lineZh: null,
      lineEn: null,
      sourceZh: "blog",
      sourceEn: "blog",
    });
    expect(capexFigurePatchSchema.parse({ line: "edited" })).toEqual({ lineZh: "edited", lineEn: "edited" });
    const both = capexFigureSchema.safeParse({ ...validFigure, source: "blog" });
    expect(both.success ? [] : toFieldErrors(both.error).map((e) => e.field)).toEqual(["source"]);
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
    ["a line in one language only", { lineEn: null }, "lineEn"],
    ["a missing Chinese source", { sourceZh: "  " }, "sourceZh"],
    ["a malformed accession number", { accession: "0000950170-25" }, "accession"],
    ["a source address that is not https", { sourceUrl: "http://www.sec.gov/" }, "sourceUrl"],
  ])("rejects %s", (_what, change, field) => {
    const result = capexFigureSchema.safeParse({ ...validFigure, ...change });
    expect(result.success).toBe(false);
    if (!result.success) expect(toFieldErrors(result.error).map((e) => e.field)).toContain(field);
  });
});
