import { describe, expect, it } from "vitest";

import { capexFigureSchema } from "../validations/capex-figure";
import { toFieldErrors } from "../validations/field-errors";
import { modelUpdateSchema } from "../validations/model";
import { capexFormInput, formVersion, modelFormInput } from "./form-input";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const validModel: [string, string][] = [
  ["nameZh", "模型"],
  ["nameEn", "Model"],
  ["nameAsPrinted", ""],
  ["company", "openai"],
  ["region", "US"],
  ["paramsB", "70"],
  ["moe", "on"],
  ["inputs", "text"],
  ["inputs", "image"],
  ["outputs", "text"],
  ["released", "2024-12"],
  ["caveatZh", "  "],
  ["caveatEn", ""],
  ["sourceZh", "研报"],
  ["sourceEn", "the note"],
  ["version", "3"],
];

describe("modelFormInput", () => {
  it("reads a filled form into what the API schema accepts", () => {
    const parsed = modelUpdateSchema.parse(modelFormInput(form(validModel)));
    expect(parsed).toMatchObject({
      paramsB: 70,
      moe: true,
      openWeights: false,
      inputs: ["text", "image"],
      nameAsPrinted: null,
      caveatZh: null,
    });
    expect(formVersion(form(validModel))).toBe(3);
  });

  it("leaves bad values for the schema to name, with the API's messages", () => {
    const bad = validModel.map(([k, v]): [string, string] =>
      k === "paramsB" ? [k, "lots"] : k === "released" ? [k, "2024-13"] : [k, v],
    );
    const result = modelUpdateSchema.safeParse(modelFormInput(form(bad)));
    expect(result.success).toBe(false);
    if (!result.success)
      expect(
        toFieldErrors(result.error)
          .map((e) => e.field)
          .sort(),
      ).toEqual(["paramsB", "released"]);
  });

  it("treats an empty parameter count as undisclosed", () => {
    const empty = validModel.map(([k, v]): [string, string] => (k === "paramsB" ? [k, ""] : [k, v]));
    expect(modelUpdateSchema.parse(modelFormInput(form(empty))).paramsB).toBeNull();
  });
});

describe("capexFormInput", () => {
  it("reads numbers and blanks", () => {
    const input = capexFormInput(
      form([
        ["company", "apple"],
        ["year", "2025"],
        ["kind", "guidance"],
        ["usdBn", ""],
        ["usdBnLow", "10"],
        ["usdBnHigh", "12.5"],
        ["basisZh", "2025 财年"],
        ["basisEn", "FY2025"],
        ["lineZh", ""],
        ["lineEn", " "],
        ["origin", "statement"],
        ["sourceZh", "业绩会"],
        ["sourceEn", "call"],
        ["saidOn", "2025-01-30"],
        ["accession", ""],
      ]),
    );
    expect(capexFigureSchema.parse(input)).toMatchObject({
      year: 2025,
      usdBn: null,
      usdBnLow: 10,
      usdBnHigh: 12.5,
      lineZh: null,
      lineEn: null,
      accession: null,
      saidOn: "2025-01-30",
    });
  });
});

describe("formVersion", () => {
  it("is null when the hidden field is missing or tampered with", () => {
    expect(formVersion(form([]))).toBeNull();
    expect(formVersion(form([["version", "1; drop"]]))).toBeNull();
  });
});
