import { describe, expect, it } from "vitest";

import { requestedLocale, safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps paths of this app's views with their query", () => {
    expect(safeReturnPath("/en/capex?preset=guidance&aapl=10", "en")).toBe("/en/capex?preset=guidance&aapl=10");
    expect(safeReturnPath("/zh/admin", "zh")).toBe("/zh/admin");
    expect(safeReturnPath("/zh", "en")).toBe("/zh");
    expect(safeReturnPath("/en/models/deepseek-v3", "en")).toBe("/en/models/deepseek-v3");
    expect(safeReturnPath("/en/admin/models/new", "en")).toBe("/en/admin/models/new");
    expect(safeReturnPath("/en/models?sort=params.desc&q=%E4%B8%AD", "en")).toBe(
      "/en/models?sort=params.desc&q=%E4%B8%AD",
    );
  });

  it("resolves dot segments and decodes once, then rebuilds the path from its segments", () => {
    expect(safeReturnPath("/en/models/../capex", "zh")).toBe("/en/capex");
    expect(safeReturnPath("/en/./admin/", "zh")).toBe("/en/admin");
    expect(safeReturnPath("/en/%61dmin", "zh")).toBe("/en/admin");
  });

  // Spellings that URL parsers or browsers read as another host (//evil), or that decode into one.
  const bypasses = [
    "/.//evil",
    "/%2e//evil",
    "/%2E//evil",
    "/a/..//evil",
    "/en/..//evil",
    "/en/%2e%2e//evil",
    "/%2e%2e/%2e%2e//evil",
    "/\\evil",
    "/%5cevil",
    "/%5Cevil",
    "/en/%5c%5cevil",
    "\\\\evil",
    "%2f%2fevil",
    "/%2f%2fevil",
    "/%2F/evil",
    "/en%2f%2fevil",
    "/%09/evil",
    "/\t/evil",
    "/%0a/evil",
    "/%0d%0a/evil",
    "/\r\n/evil",
    "/%00/evil",
    "/ /evil",
    "/%20/evil",
    "///evil",
    "////evil",
    "//evil.example/x",
    "/%252f%252fevil",
    "/%25%32%66evil",
    "https:evil",
    "https://evil.example",
    "http:/evil",
    "javascript:alert(1)",
    "/javascript:alert(1)",
    "data:text/html,x",
    "//%2fevil",
    "/%E3%80%82evil",
    "/en/capex#//evil",
    "/en/capex?x=\\evil",
    "/en/capex?\u00e9",
    "/evil",
    "/fr/admin",
    "/en/sign-in",
    "/en/api/models",
    "/api/models",
    "/en/..",
    "/..",
    "en/admin",
    "/x\u0000y",
    "/%",
    "/%zz",
    "",
    null,
    42,
    ["/en/admin"],
    `/en/${"a".repeat(2001)}`,
  ];
  it.each(bypasses)("falls back to the admin page for %j", (value) => {
    expect(safeReturnPath(value, "en")).toBe("/en/admin");
  });

  it("never answers a path a browser resolves to another origin", () => {
    for (const value of bypasses) {
      const answer = safeReturnPath(value, "zh");
      expect(new URL(answer, "https://lens.example").origin).toBe("https://lens.example");
      expect(answer).toMatch(/^\/(zh|en)(\/|$|\?)/);
    }
  });
});

describe("requestedLocale", () => {
  it("is a known locale or the default", () => {
    expect(requestedLocale("en")).toBe("en");
    expect(requestedLocale("fr")).toBe("zh");
    expect(requestedLocale(undefined)).toBe("zh");
  });
});
