import { describe, expect, it } from "vitest";

import { modelSlugForAlias } from "./slug-alias";

const MODELS = [
  { slug: "o1", nameAsPrinted: "GPT-o1" },
  { slug: "gpt-4-turbo", nameAsPrinted: "GPT-4 turbo" },
  { slug: "sensenova-5-0", nameAsPrinted: null },
  { slug: "grok-1", nameAsPrinted: null },
];

describe("modelSlugForAlias", () => {
  it("maps the note's spellings to the model", () => {
    expect(modelSlugForAlias("gpt-o1", MODELS)).toBe("o1");
    expect(modelSlugForAlias("ri-ri-xin", MODELS)).toBe("sensenova-5-0");
    expect(modelSlugForAlias("ri-ri-xin-5-0", MODELS)).toBe("sensenova-5-0");
  });
  it("leaves a slug that is its own model's, or nobody's, alone", () => {
    expect(modelSlugForAlias("gpt-4-turbo", MODELS)).toBeNull();
    expect(modelSlugForAlias("gpt-5", MODELS)).toBeNull();
    expect(modelSlugForAlias("ri-ri-xin", [{ slug: "o1", nameAsPrinted: "GPT-o1" }])).toBeNull();
  });
});
