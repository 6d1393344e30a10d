import { describe, expect, it } from "vitest";

import { toFieldErrors } from "./field-errors";
import { modelCreateSchema, modelPatchSchema, modelUpdateSchema } from "./model";

const validModel = {
  nameZh: "测试模型",
  nameEn: "Test Model",
  nameAsPrinted: null,
  company: "openai",
  region: "US",
  paramsB: 70,
  moe: false,
  inputs: ["text"],
  outputs: ["text", "image"],
  openWeights: true,
  released: "2024-12",
  caveatZh: null,
  caveatEn: null,
  source: "the note",
};

function fieldsOf(result: ReturnType<typeof modelUpdateSchema.safeParse>) {
  return result.success ? [] : toFieldErrors(result.error).map((e) => e.field);
}

describe("modelUpdateSchema", () => {
  it("accepts a complete model and trims its strings", () => {
    const parsed = modelUpdateSchema.parse({ ...validModel, nameEn: "  Test Model  ", caveatEn: "   " });
    expect(parsed.nameEn).toBe("Test Model");
    expect(parsed.caveatEn).toBeNull();
  });

  it.each([
    ["a missing field", { nameZh: undefined }, "nameZh"],
    ["a blank name", { nameEn: "   " }, "nameEn"],
    ["a 10 kB name", { nameEn: "x".repeat(10_000) }, "nameEn"],
    ["a number as text", { paramsB: "70" }, "paramsB"],
    ["a number for a text", { nameZh: 42 }, "nameZh"],
    ["a negative parameter count", { paramsB: -1 }, "paramsB"],
    ["an absurd parameter count", { paramsB: 1e9 }, "paramsB"],
    ["an unknown modality", { inputs: ["smell"] }, "inputs.0"],
    ["no modality", { outputs: [] }, "outputs"],
    ["modalities as a string", { outputs: "text" }, "outputs"],
    ["a repeated modality", { inputs: ["text", "text"] }, "inputs"],
    ["an unknown region", { region: "EU" }, "region"],
    ["a boolean as text", { moe: "yes" }, "moe"],
    ["a boolean as the text true", { openWeights: "true" }, "openWeights"],
    ["a month 13", { released: "2024-13" }, "released"],
    ["a month 00", { released: "2024-00" }, "released"],
    ["a full date", { released: "2024-12-01" }, "released"],
    ["a company that is not a slug", { company: "Open AI" }, "company"],
    ["an unknown field", { hacked: true }, "hacked"],
  ])("rejects %s", (_what, change, field) => {
    expect(fieldsOf(modelUpdateSchema.safeParse({ ...validModel, ...change }))).toContain(field);
  });

  it("does not accept the slug in an update (it is fixed by the URL)", () => {
    expect(fieldsOf(modelUpdateSchema.safeParse({ ...validModel, slug: "x" }))).toEqual(["slug"]);
  });
});

describe("modelCreateSchema and modelPatchSchema", () => {
  it("takes an optional slug on create, and validates it", () => {
    expect(modelCreateSchema.parse({ ...validModel, slug: "test-model" }).slug).toBe("test-model");
    expect(modelCreateSchema.safeParse({ ...validModel, slug: "Bad Slug" }).success).toBe(false);
    expect(fieldsOf(modelCreateSchema.safeParse({ ...validModel, slug: "../../etc/passwd" }))).toEqual(["slug"]);
  });

  it("lets a patch name any subset but nothing unknown", () => {
    expect(modelPatchSchema.parse({ paramsB: 12 })).toEqual({ paramsB: 12 });
    expect(modelPatchSchema.safeParse({ paramsB: 12, version: 3 }).success).toBe(false);
  });
});
