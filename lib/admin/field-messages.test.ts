import { describe, expect, it } from "vitest";

import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { capexFigureSchema } from "../validations/capex-figure";
import { modelCreateSchema, modelUpdateSchema } from "../validations/model";
import { fieldMessages, type FieldMessageKey } from "./field-messages";

const model = {
  nameZh: "模型",
  nameEn: "Model",
  nameAsPrinted: null,
  company: "openai",
  region: "US",
  paramsB: 70,
  moe: false,
  inputs: ["text"],
  outputs: ["text"],
  openWeights: false,
  released: "2024-12",
  caveatZh: null,
  caveatEn: null,
  source: "s",
};
const figure = {
  company: "microsoft",
  year: 2025,
  kind: "guidance",
  usdBn: 80,
  basis: "FY2025",
  line: null,
  origin: "statement",
  source: "blog",
  saidOn: "2025-01-03",
};

function keysOf(result: { success: boolean; error?: unknown }) {
  if (result.success) return {};
  return Object.fromEntries(
    Object.entries(fieldMessages(result.error as Parameters<typeof fieldMessages>[0])).map(([field, m]) => [
      field,
      m.values ? [m.key, m.values] : m.key,
    ]),
  );
}

describe("fieldMessages", () => {
  it("names model errors by message key, one per field", () => {
    expect(
      keysOf(
        modelCreateSchema.safeParse({
          ...model,
          slug: "Bad Slug",
          nameZh: " ",
          region: "EU",
          paramsB: 0,
          inputs: [],
          outputs: ["text", "text"],
          released: "2024-13",
          caveatEn: "x".repeat(1001),
        }),
      ),
    ).toEqual({
      slug: "slugFormat",
      nameZh: "required",
      region: "oneOf",
      paramsB: ["greaterThan", { min: 0 }],
      inputs: "atLeastOneModality",
      outputs: "duplicateModality",
      released: "yearMonthFormat",
      caveatEn: ["tooLong", { max: 1000 }],
    });
    expect(
      keysOf(
        modelUpdateSchema.safeParse({ ...model, paramsB: "lots", moe: "yes", inputs: ["smell"], nameEn: undefined }),
      ),
    ).toEqual({ paramsB: "number", moe: "yesNo", inputs: "oneOf", nameEn: "required" });
    expect(keysOf(modelUpdateSchema.safeParse({ ...model, paramsB: 1e9, extra: 1 }))).toEqual({
      paramsB: ["atMost", { max: 100000 }],
      extra: "unknownField",
    });
  });

  it("names capex figure errors by message key", () => {
    expect(
      keysOf(
        capexFigureSchema.safeParse({
          ...figure,
          company: "Microsoft Corp",
          year: 2025.5,
          kind: "rumour",
          usdBn: -1,
          basis: "",
          saidOn: "2025-02-30x",
        }),
      ),
    ).toEqual({
      company: "slugFormat",
      year: "wholeNumber",
      kind: "oneOf",
      usdBn: ["atLeast", { min: 0 }],
      // The earlier single field stands for both languages, so both are named.
      basisZh: "required",
      basisEn: "required",
      saidOn: "dateFormat",
    });
    expect(keysOf(capexFigureSchema.safeParse({ ...figure, usdBnLow: 20, usdBnHigh: 10 }))).toEqual({
      usdBnHigh: "rangeOrder",
    });
  });

  it("has a message for every key in both languages", () => {
    const keys: FieldMessageKey[] = [
      "required",
      "number",
      "wholeNumber",
      "yesNo",
      "list",
      "tooLong",
      "tooShort",
      "atLeast",
      "greaterThan",
      "atMost",
      "oneOf",
      "slugFormat",
      "yearMonthFormat",
      "dateFormat",
      "format",
      "atLeastOneModality",
      "duplicateModality",
      "rangeOrder",
      "unknownField",
      "unknownCompany",
      "slugFromName",
      "invalid",
    ];
    for (const messages of [en, zh]) expect(Object.keys(messages.Admin.errors).sort()).toEqual([...keys].sort());
  });
});
