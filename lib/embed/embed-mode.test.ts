import { describe, expect, it } from "vitest";

import { embedRewritePath, isEmbedQuery } from "./embed-mode";

describe("isEmbedQuery", () => {
  it("is on for embed=1 only", () => {
    expect(isEmbedQuery(new URLSearchParams("preset=guidance&embed=1"))).toBe(true);
    expect(isEmbedQuery({ embed: "1" })).toBe(true);
    expect(isEmbedQuery({ embed: ["1", "0"] })).toBe(true);
    expect(isEmbedQuery(new URLSearchParams("embed=true"))).toBe(false);
    expect(isEmbedQuery({ embed: "0" })).toBe(false);
    expect(isEmbedQuery({})).toBe(false);
  });
});

describe("embedRewritePath", () => {
  it("maps the three chart views in both locales into app/embed", () => {
    expect(embedRewritePath("/en/capex")).toBe("/embed/en/capex");
    expect(embedRewritePath("/zh/models")).toBe("/embed/zh/models");
    expect(embedRewritePath("/zh/training/")).toBe("/embed/zh/training");
  });
  it("leaves every other path alone", () => {
    for (const path of [
      "/en",
      "/zh/admin",
      "/en/models/deepseek-r1",
      "/fr/capex",
      "/en/capex/x",
      "/embed/en/capex",
      "/en/capexx",
    ]) {
      expect(embedRewritePath(path)).toBeNull();
    }
  });
});
