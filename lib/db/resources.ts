import "server-only";

import type { AiModel, CapexCompanyBasis, CapexFigure, Company } from "../generated/prisma/client";
import type { CompanyBasisInput } from "../validations/capex-company-basis";
import type { CapexFigureInput } from "../validations/capex-figure";
import type { ModelInput } from "../validations/model";
import {
  parseCapexFigureKind,
  parseCompanyBasisKind,
  parseModalities,
  parseModelRegion,
  parseRecordedOrigin,
} from "../vocabulary";

/** A model as the API sends it: the editable fields (the shape PUT accepts) plus slug and version. */
export type ModelResource = ModelInput & { slug: string; version: number; updatedAt: string };
export type CapexFigureResource = CapexFigureInput & { id: number; version: number; updatedAt: string };
export type CompanyBasisResource = CompanyBasisInput & { id: number; version: number; updatedAt: string };

export function toModelResource(row: AiModel & { company: Company }): ModelResource {
  return {
    slug: row.slug,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    nameAsPrinted: row.nameAsPrinted,
    company: row.company.slug,
    region: parseModelRegion(row.region),
    paramsB: row.paramsB,
    moe: row.moe,
    inputs: parseModalities(row.inputs),
    outputs: parseModalities(row.outputs),
    openWeights: row.openWeights,
    released: row.released,
    caveatZh: row.caveatZh,
    caveatEn: row.caveatEn,
    sourceZh: row.sourceZh,
    sourceEn: row.sourceEn,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toCapexFigureResource(row: CapexFigure & { company: Company }): CapexFigureResource {
  return {
    id: row.id,
    company: row.company.slug,
    year: row.year,
    kind: parseCapexFigureKind(row.kind),
    usdBn: row.usdBn,
    usdBnLow: row.usdBnLow,
    usdBnHigh: row.usdBnHigh,
    basisZh: row.basisZh,
    basisEn: row.basisEn,
    lineZh: row.lineZh,
    lineEn: row.lineEn,
    measureZh: row.measureZh,
    measureEn: row.measureEn,
    origin: parseRecordedOrigin(row.origin),
    sourceZh: row.sourceZh,
    sourceEn: row.sourceEn,
    saidOn: row.saidOn,
    accession: row.accession,
    filedOn: row.filedOn,
    sourceUrl: row.sourceUrl,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toCompanyBasisResource(row: CapexCompanyBasis & { company: Company }): CompanyBasisResource {
  return {
    id: row.id,
    company: row.company.slug,
    fiscalYear: row.fiscalYear,
    kind: parseCompanyBasisKind(row.kind),
    sequence: row.sequence,
    saidOn: row.saidOn,
    usdBn: row.usdBn,
    usdBnLow: row.usdBnLow,
    usdBnHigh: row.usdBnHigh,
    periodZh: row.periodZh,
    periodEn: row.periodEn,
    basisZh: row.basisZh,
    basisEn: row.basisEn,
    whatZh: row.whatZh,
    whatEn: row.whatEn,
    origin: parseRecordedOrigin(row.origin),
    sourceZh: row.sourceZh,
    sourceEn: row.sourceEn,
    filedOn: row.filedOn,
    sourceUrl: row.sourceUrl,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The editable fields of a resource (drops identity and version), e.g. to merge a PATCH onto. */
export function editableModelFields({
  slug: _slug,
  version: _version,
  updatedAt: _updatedAt,
  ...fields
}: ModelResource): ModelInput {
  return fields;
}

export function editableCapexFields({
  id: _id,
  version: _version,
  updatedAt: _updatedAt,
  ...fields
}: CapexFigureResource): CapexFigureInput {
  return fields;
}

export function editableCompanyBasisFields({
  id: _id,
  version: _version,
  updatedAt: _updatedAt,
  ...fields
}: CompanyBasisResource): CompanyBasisInput {
  return fields;
}

/** Model fields as the database stores them (modalities comma-separated). */
export function modelColumns(input: ModelInput, companyId: number) {
  const { company: _company, inputs, outputs, ...rest } = input;
  return { ...rest, companyId, inputs: inputs.join(","), outputs: outputs.join(",") };
}

export function capexColumns(input: CapexFigureInput, companyId: number) {
  const { company: _company, ...rest } = input;
  return { ...rest, companyId };
}

export function companyBasisColumns(input: CompanyBasisInput, companyId: number) {
  const { company: _company, ...rest } = input;
  return { ...rest, companyId };
}
