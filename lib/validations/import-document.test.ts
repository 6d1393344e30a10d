import { describe, expect, it } from "vitest";

import { toFieldErrors } from "./field-errors";
import { EXPORT_FORMAT, EXPORT_FORMAT_V1, importDocumentSchema } from "./import-document";

const model = {
  slug: "m",
  nameZh: "m",
  nameEn: "M",
  nameAsPrinted: null,
  company: "acme",
  region: "US",
  paramsB: null,
  moe: false,
  inputs: ["text"],
  outputs: ["text"],
  openWeights: false,
  released: "2024-01",
  caveatZh: null,
  caveatEn: null,
  sourceZh: "来源",
  sourceEn: "s",
};
const plan = {
  company: "acme",
  fiscalYear: 2026,
  kind: "plan",
  sequence: 1,
  saidOn: "2026-02-04",
  usdBn: null,
  usdBnLow: 175,
  usdBnHigh: 185,
  periodZh: "2026 年",
  periodEn: "2026",
  basisZh: "购置物业及设备",
  basisEn: "purchases of property and equipment",
  whatZh: null,
  whatEn: null,
  origin: "statement",
  sourceZh: "公开表态",
  sourceEn: "public statement",
  filedOn: null,
  sourceUrl: null,
};
const doc = {
  format: EXPORT_FORMAT,
  companies: [{ slug: "acme", nameZh: "甲", nameEn: "Acme", ticker: null }],
  models: [model],
  capexFigures: [],
  capexCompanyBasis: [plan],
};
const { sourceZh: _zh, sourceEn: _en, ...modelV1Fields } = model;
const docV1 = {
  format: EXPORT_FORMAT_V1,
  companies: doc.companies,
  models: [{ ...modelV1Fields, source: "s" }],
  capexFigures: [
    {
      company: "acme",
      year: 2024,
      kind: "reported",
      usdBn: 1,
      basis: "2024",
      line: null,
      origin: "filing",
      source: "10-K",
    },
  ],
};

function errors(value: unknown) {
  const result = importDocumentSchema.safeParse(value);
  return result.success ? [] : toFieldErrors(result.error).map((e) => e.field);
}

describe("importDocumentSchema", () => {
  it("accepts a consistent document in the current format and in the first one", () => {
    expect(errors(doc)).toEqual([]);
    expect(errors(docV1)).toEqual([]);
    expect(importDocumentSchema.parse(docV1).format).toBe("ai-capex-lens/v1");
  });

  it("names the broken parts of a document", () => {
    expect(errors({ ...doc, format: "other" })).toEqual(["format"]);
    expect(errors({ ...doc, models: [model, model] })).toContain("models.1");
    expect(errors({ ...doc, models: [{ ...model, company: "ghost" }] })).toContain("models.0.company");
    expect(errors({ ...doc, models: [{ ...model, slug: undefined }] })).toContain("models.0.slug");
    expect(errors({ ...doc, models: [{ ...model, sourceEn: undefined }] })).toContain("models.0.sourceEn");
    expect(errors({ ...doc, extra: 1 })).toContain("extra");
    expect(errors({ ...doc, capexCompanyBasis: [plan, plan] })).toContain("capexCompanyBasis.1");
    expect(errors({ ...doc, capexCompanyBasis: [{ ...plan, usdBnHigh: null }] })).toContain(
      "capexCompanyBasis.0.usdBnHigh",
    );
    expect(errors({ ...doc, capexCompanyBasis: [{ ...plan, kind: "actual" }] })).toContain("capexCompanyBasis.0.usdBn");
    expect(errors({ ...doc, capexCompanyBasis: [{ ...plan, whatZh: "重申" }] })).toContain(
      "capexCompanyBasis.0.whatEn",
    );
  });

  it("holds each format to its own shape", () => {
    expect(errors({ ...docV1, capexCompanyBasis: [] })).toEqual(["capexCompanyBasis"]);
    expect(errors({ ...doc, format: EXPORT_FORMAT_V1 })).toContain("models.0.source");
  });
});
