import { describe, expect, it } from "vitest";

import { savedScenarioInputSchema } from "./saved-scenario";

const nameOf = (name: string) => {
  const result = savedScenarioInputSchema.safeParse({ name, query: "preset=guidance" });
  return result.success ? { name: result.data.name } : { error: result.error.issues[0]?.message };
};

describe("saved scenario names", () => {
  it("are NFC-normalised and trimmed", () => {
    const decomposed = "Cafe\u0301 scenario"; // e + combining acute
    expect(nameOf(`  ${decomposed} `)).toEqual({ name: "Café scenario" });
    expect(nameOf("  乐观情景  ")).toEqual({ name: "乐观情景" });
    // trim() counts a leading BOM as white space: removed, not refused.
    expect(nameOf("\uFEFFname")).toEqual({ name: "name" });
  });
  it.each([
    ["NUL", "a\u0000b"],
    ["a tab", "a\tb"],
    ["a newline", "a\nb"],
    ["DEL", "a\u007fb"],
    ["a C1 control", "a\u0085b"],
    ["a right-to-left override", "cod\u202Eexe.txt"],
    ["a bidi isolate", "a\u2066b"],
    ["a zero-width space", "a\u200Bb"],
    ["a zero-width joiner", "a\u200Db"],
    ["a BOM inside", "na\uFEFFme"],
    ["a line separator", "a\u2028b"],
    ["a lone surrogate", "a\uD800b"],
  ])("refuse %s", (_, name) => {
    expect(nameOf(name)).toEqual({ error: "nameCharacters" });
  });
  it("accept ordinary text in any script, emoji included", () => {
    for (const name of ["Bull case 2025", "乐观情景（微软 +30%）", "سيناريو", "สถานการณ์", "Growth 🚀"])
      expect(nameOf(name)).toEqual({ name });
  });
  it("say what is wrong with an empty or a long name", () => {
    expect(nameOf("   ")).toEqual({ error: "nameRequired" });
    expect(nameOf("x".repeat(81))).toEqual({ error: "nameTooLong" });
    expect(nameOf("x".repeat(80))).toEqual({ name: "x".repeat(80) });
  });
});

describe("savedScenarioInputSchema", () => {
  it("trims the name and requires 1–80 characters", () => {
    expect(savedScenarioInputSchema.parse({ name: "  <b>x</b> ", query: "preset=flat" }).name).toBe("<b>x</b>");
    expect(savedScenarioInputSchema.safeParse({ name: "   ", query: "" }).error?.issues[0]?.message).toBe(
      "nameRequired",
    );
    expect(savedScenarioInputSchema.safeParse({ name: "x".repeat(81), query: "" }).error?.issues[0]?.message).toBe(
      "nameTooLong",
    );
    expect(savedScenarioInputSchema.safeParse({ name: "x".repeat(80), query: "" }).success).toBe(true);
  });
});
