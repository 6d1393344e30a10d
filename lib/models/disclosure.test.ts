import { describe, expect, it } from "vitest";

import { loadFacts } from "@/lib/facts/load";
import { slugify } from "@/lib/slug";

import { isMoeTotal, moeMark, moeStatus, paramsDisclosure } from "./disclosure";

// The note's 16 rows as the seed stores them (slug from the English name).
const rows = loadFacts().models.rows.map((row) => ({
  slug: slugify(row.model_en ?? row.model),
  moe: row.moe,
  paramsB: row.params_b,
  name: row.model,
}));

describe("moeMark", () => {
  it("marks MoE only where the note does (日日新 5.0, Grok-1) or a stated caveat does (DeepSeek-R1); the rest is unmarked, not 'no'", () => {
    const marks = Object.fromEntries(rows.map((row) => [row.name, moeMark(row).kind]));
    expect(
      Object.entries(marks)
        .filter(([, kind]) => kind === "marked")
        .map(([name]) => name),
    ).toEqual(["日日新 5.0", "Grok-1"]);
    expect(moeMark(rows.find((row) => row.slug === "deepseek-r1")!)).toEqual({
      kind: "caveat",
      totalB: 671,
      activeB: 37,
      source: "moeSourceDeepseekR1",
    });
    expect(Object.values(marks).filter((kind) => kind === "unmarked")).toHaveLength(13);
  });
  it("counts a charted MoE parameter figure as a total", () => {
    expect(rows.filter(isMoeTotal).map((row) => row.name)).toEqual(["日日新 5.0", "Grok-1", "DeepSeek-R1"]);
  });
});

describe("paramsDisclosure", () => {
  it("flags o1's 300B as the note's figure, which OpenAI has not disclosed", () => {
    expect(paramsDisclosure(rows.find((row) => row.slug === "o1")!)).toEqual({ kind: "noteOnly", paramsB: 300 });
    expect(paramsDisclosure(rows.find((row) => row.slug === "deepseek-r1")!)).toEqual({
      kind: "disclosed",
      paramsB: 671,
    });
    expect(paramsDisclosure(rows.find((row) => row.slug === "gpt-4o")!)).toEqual({ kind: "undisclosed" });
  });
});

describe("moeStatus: the API's three states", () => {
  it("says MoE per the note, MoE per the caveat (R1), or not marked in the note, never a bare false", () => {
    expect(moeStatus({ slug: "grok-1", moe: true, paramsB: 314 })).toBe("moe-per-note");
    expect(moeStatus({ slug: "deepseek-r1", moe: false, paramsB: 671 })).toBe("moe-per-caveat");
    expect(moeStatus({ slug: "gpt-4o", moe: false, paramsB: null })).toBe("not-marked-in-note");
  });
});
