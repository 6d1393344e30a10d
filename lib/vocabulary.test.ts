import { describe, expect, it } from "vitest";

import { BCP47, parseCapexFigureKind, parseFigureUnit, parseModalities, parseModelRegion } from "./vocabulary";

describe("checked parsers for stored values", () => {
  it("pass a known value through and name the field of an unknown one", () => {
    expect(parseModelRegion("CN")).toBe("CN");
    expect(parseCapexFigureKind("guidance")).toBe("guidance");
    expect(parseFigureUnit("gpu_hours_m")).toBe("gpu_hours_m");
    expect(() => parseModelRegion("EU")).toThrow('Unexpected model region "EU" (expected US, CN)');
    expect(() => parseFigureUnit("usd")).toThrow(/figure unit/);
  });

  it("split a stored modality list and refuse an unknown member", () => {
    expect(parseModalities("text,image")).toEqual(["text", "image"]);
    expect(parseModalities("")).toEqual([]);
    expect(() => parseModalities("text,smell")).toThrow('Unexpected modality "smell"');
  });
});

describe("BCP 47 tags", () => {
  it("format numbers the way each locale's readers expect", () => {
    expect(new Intl.NumberFormat(BCP47.en).format(1234.5)).toBe("1,234.5");
    expect(
      new Intl.DateTimeFormat(BCP47.zh, { dateStyle: "long", timeZone: "UTC" }).format(new Date("2025-01-27")),
    ).toBe("2025年1月27日");
  });
});
