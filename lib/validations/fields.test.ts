import { describe, expect, it } from "vitest";

import { isStorableText, optionalText, text, unstorableFields } from "./fields";

describe("storable text", () => {
  it("refuses NUL and lone surrogates, and accepts surrogate pairs", () => {
    expect(isStorableText("DeepSeek-V3 模型 😀")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("\ud800")).toBe(false);
    expect(isStorableText("x\udc00")).toBe(false);
    expect(isStorableText("\ude00\ud83d")).toBe(false);
  });
  it("is part of every text field schema, as admin forms use them too", () => {
    expect(text(10).safeParse("a\u0000").success).toBe(false);
    expect(optionalText(10).safeParse("\ud800").success).toBe(false);
    expect(text(10).safeParse(" ok ").data).toBe("ok");
  });
  it("lists the paths of every unstorable string in a body", () => {
    expect(unstorableFields({ a: "ok", b: ["\u0000", { c: "\ud800" }], "\u0000": 1 })).toEqual([
      "b.0",
      "b.1.c",
      "\u0000",
    ]);
    expect(unstorableFields("\u0000")).toEqual(["(body)"]);
    expect(unstorableFields({ n: 1, ok: null })).toEqual([]);
  });
});
