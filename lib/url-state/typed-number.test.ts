import { describe, expect, it } from "vitest";

import { readTypedNumber } from "./typed-number";

const growth = { min: -50, max: 200, round: (value: number) => Math.round(value * 10) / 10 };
const price = { min: 0.1, max: 100, round: (value: number) => Math.round(value * 100) / 100 };

describe("readTypedNumber", () => {
  it("waits while the text is not a number yet", () => {
    expect(readTypedNumber("", growth)).toEqual({ kind: "incomplete" });
    expect(readTypedNumber("  ", price)).toEqual({ kind: "incomplete" });
  });

  it("applies a value in range, rounded to the field's precision", () => {
    expect(readTypedNumber("12.34", growth)).toEqual({ kind: "applied", value: 12.3 });
    expect(readTypedNumber("-50.04", growth)).toEqual({ kind: "applied", value: -50 });
    expect(readTypedNumber("2.555", price)).toEqual({ kind: "applied", value: 2.56 });
  });

  it("applies the bound for a value outside the range and shows it at once when more typing cannot help", () => {
    expect(readTypedNumber("-70", growth)).toEqual({ kind: "clamped", typed: -70, value: -50, showAppliedNow: true });
    expect(readTypedNumber("250", growth)).toEqual({ kind: "clamped", typed: 250, value: 200, showAppliedNow: true });
    expect(readTypedNumber("500", price)).toEqual({ kind: "clamped", typed: 500, value: 100, showAppliedNow: true });
    expect(readTypedNumber("-5", price)).toEqual({ kind: "clamped", typed: -5, value: 0.1, showAppliedNow: true });
    expect(readTypedNumber("0.05", price)).toEqual({ kind: "clamped", typed: 0.05, value: 0.1, showAppliedNow: true });
    expect(readTypedNumber("0.0", price)).toEqual({ kind: "clamped", typed: 0, value: 0.1, showAppliedNow: true });
  });

  it("keeps what is typed while it may still be the start of a number in range (0 on the way to 0.5)", () => {
    expect(readTypedNumber("0", price)).toEqual({ kind: "clamped", typed: 0, value: 0.1, showAppliedNow: false });
    expect(readTypedNumber("0.", price)).toEqual({ kind: "clamped", typed: 0, value: 0.1, showAppliedNow: false });
    expect(readTypedNumber("0.09", price)).toMatchObject({ kind: "clamped", showAppliedNow: true });
  });
});
