import { describe, expect, it } from "vitest";
import { isEmbedQuery } from "./embed-mode";

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
