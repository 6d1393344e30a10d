import { describe, expect, it } from "vitest";

import { canonicalOgPath, ogImagePath, parseOgRequest } from "./request";

const parse = (view: string, query: string) => parseOgRequest(view, new URLSearchParams(query));

describe("parseOgRequest", () => {
  it("reads the view, the locale and the view's state as its canonical query", () => {
    expect(parse("capex", "locale=en&preset=guidance&aapl=10")).toEqual({
      view: "capex",
      locale: "en",
      query: "preset=guidance&aapl=10",
    });
  });
  it("falls back to the default locale for a missing or unknown one", () => {
    expect(parse("models", "")?.locale).toBe("zh");
    expect(parse("models", "locale=fr")?.locale).toBe("zh");
  });
  it("refuses an unknown view", () => {
    expect(parse("admin", "locale=en")).toBeNull();
  });
});

describe("query canonicalisation", () => {
  it("drops unknown parameters (cache-busters) and values the view does not understand", () => {
    expect(parse("capex", "locale=en&preset=guidance&cb=123&aapl=abc")?.query).toBe("preset=guidance");
    expect(parse("training", "locale=zh&scale=cubic&price=2&x=1")?.query).toBe("");
    expect(parse("summary", "locale=en&anything=1")?.query).toBe("");
  });
  it("normalises values and order through the view's own serializer", () => {
    expect(parse("models", "view=params&region=cn&q=%20deep%20&dir=desc")?.query).toBe("region=CN&q=deep&view=params");
    expect(parse("models", "sort=params&dir=desc&region=CN")?.query).toBe("region=CN&sort=params&dir=desc");
    expect(parse("capex", "aapl=10.04&preset=flat&msft=999")?.query).toBe("preset=flat&msft=200&aapl=10");
    expect(parse("training", "price=2.499&scale=log")?.query).toBe("scale=log&price=2.5");
  });
  it("reads a model card's slug alone, and its pin; a malformed slug names no model", () => {
    expect(parse("model", "locale=en&slug=o1&region=US&view=params&v=12&cb=1")?.query).toBe("slug=o1&v=12");
    expect(parse("model", "slug=deepseek-r1&v=abc")?.query).toBe("slug=deepseek-r1");
    for (const slug of ["", "O1", "../admin", "a--b", "-o1", "x".repeat(101)])
      expect(parse("model", `slug=${encodeURIComponent(slug)}&v=3`)?.query, slug).toBe("v=3");
  });
  it("keeps the first of a repeated parameter, as the page does", () => {
    expect(parse("models", "region=CN&region=US")?.query).toBe("region=CN");
  });
  it("is idempotent: the canonical path parses to itself", () => {
    for (const [view, query] of [
      ["models", "locale=en&region=us&q=Qwen&sort=released&dir=desc&view=regions&junk=1"],
      ["capex", "locale=zh&preset=guidance&meta=-12.345&scenario=AbCdEfGhIj"],
      ["training", "locale=en&price=100000"],
      ["model", "locale=zh&v=7&slug=sensenova-5-0&q=x"],
    ] as const) {
      const first = parse(view, query)!;
      const path = canonicalOgPath(first);
      const again = parseOgRequest(view, new URL(path, "http://x").searchParams)!;
      expect(canonicalOgPath(again)).toBe(path);
    }
  });
});

describe("ogImagePath", () => {
  it("puts the locale first, then the view's query", () => {
    expect(ogImagePath("capex", "en", "preset=guidance&aapl=10")).toBe(
      "/api/og/capex?locale=en&preset=guidance&aapl=10",
    );
    expect(ogImagePath("summary", "zh", "")).toBe("/api/og/summary?locale=zh");
  });
  it("percent-encodes non-ASCII text, as a browser sends it (a Location header cannot carry it raw)", () => {
    expect(ogImagePath("models", "en", "q=مرحبا")).toBe("/api/og/models?locale=en&q=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7");
    expect(ogImagePath("models", "zh", "q=深度")).toBe("/api/og/models?locale=zh&q=%E6%B7%B1%E5%BA%A6");
  });
});
