import { describe, expect, it } from "vitest";

import { requestedLocale, safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site with their query", () => {
    expect(safeReturnPath("/en/capex?preset=guidance&aapl=10", "en")).toBe("/en/capex?preset=guidance&aapl=10");
    expect(safeReturnPath("/zh/admin", "zh")).toBe("/zh/admin");
  });

  it.each([
    "https://evil.example",
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil",
    "en/admin",
    "/x\u0000y",
    "",
    null,
    42,
    `/${"a".repeat(2001)}`,
  ])("falls back to the admin page for %j", (value) => {
    expect(safeReturnPath(value, "en")).toBe("/en/admin");
  });
});

describe("requestedLocale", () => {
  it("is a known locale or the default", () => {
    expect(requestedLocale("en")).toBe("en");
    expect(requestedLocale("fr")).toBe("zh");
    expect(requestedLocale(undefined)).toBe("zh");
  });
});
