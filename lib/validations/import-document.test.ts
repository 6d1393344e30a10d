import { describe, expect, it } from "vitest";
import { toFieldErrors } from "./field-errors";
import { EXPORT_FORMAT, importDocumentSchema } from "./import-document";

const model = { slug: "m", nameZh: "m", nameEn: "M", nameAsPrinted: null, company: "acme", region: "US", paramsB: null, moe: false, inputs: ["text"], outputs: ["text"], openWeights: false, released: "2024-01", caveatZh: null, caveatEn: null, source: "s" };
const doc = { format: EXPORT_FORMAT, companies: [{ slug: "acme", nameZh: "甲", nameEn: "Acme", ticker: null }], models: [model], capexFigures: [] };

function errors(value: unknown) {
  const result = importDocumentSchema.safeParse(value);
  return result.success ? [] : toFieldErrors(result.error).map((e) => e.field);
}

describe("importDocumentSchema", () => {
  it("accepts a consistent document", () => {
    expect(errors(doc)).toEqual([]);
  });

  it("names the broken parts of a document", () => {
    expect(errors({ ...doc, format: "other" })).toContain("format");
    expect(errors({ ...doc, models: [model, model] })).toContain("models.1");
    expect(errors({ ...doc, models: [{ ...model, company: "ghost" }] })).toContain("models.0.company");
    expect(errors({ ...doc, models: [{ ...model, slug: undefined }] })).toContain("models.0.slug");
    expect(errors({ ...doc, extra: 1 })).toContain("extra");
  });
});
