import { describe, expect, it } from "vitest";
import { ogImagePath, parseOgRequest } from "./request";

describe("parseOgRequest", () => {
  it("reads the view, the locale and passes the rest on to the view's parser", () => {
    expect(parseOgRequest("capex", new URLSearchParams("locale=en&preset=guidance&aapl=10"))).toEqual({
      view: "capex",
      locale: "en",
      query: { preset: "guidance", aapl: "10" },
    });
  });
  it("keeps repeated parameters as the page would get them", () => {
    expect(parseOgRequest("models", new URLSearchParams("region=CN&region=US"))?.query).toEqual({ region: ["CN", "US"] });
  });
  it("falls back to the default locale for a missing or unknown one", () => {
    expect(parseOgRequest("models", new URLSearchParams(""))?.locale).toBe("zh");
    expect(parseOgRequest("models", new URLSearchParams("locale=fr"))?.locale).toBe("zh");
  });
  it("refuses an unknown view", () => {
    expect(parseOgRequest("admin", new URLSearchParams("locale=en"))).toBeNull();
  });
});

describe("ogImagePath", () => {
  it("puts the locale first, then the view's query", () => {
    expect(ogImagePath("capex", "en", "preset=guidance&aapl=10")).toBe("/api/og/capex?locale=en&preset=guidance&aapl=10");
    expect(ogImagePath("summary", "zh", "")).toBe("/api/og/summary?locale=zh");
  });
});
