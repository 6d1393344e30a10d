import "server-only";

import { cache } from "react";

import { prisma } from "./client";
import {
  readCapexFiguresWithCompany,
  readCompanyBasisWithCompany,
  type CapexFigureWithCompany,
  type CompanyBasisWithCompany,
} from "./joined-reads";
import { snapshotAt } from "./pinned-data";
import {
  toCapexFigureResource,
  toCompanyBasisResource,
  type CapexFigureResource,
  type CompanyBasisResource,
} from "./resources";

export type CapexFigureRecord = CapexFigureWithCompany;
export type CompanyBasisRecord = CompanyBasisWithCompany;

/** Capex figures with their company, by company then year; one query per request (React cache), shared by the page and its metadata. */
export const listCapexFigures = cache((): Promise<CapexFigureRecord[]> => readCapexFiguresWithCompany(prisma));

/** Amounts on companies' own basis (plans, and what they became), one query per request (React cache). */
export const listCompanyBasisAmounts = cache((): Promise<CompanyBasisRecord[]> => readCompanyBasisWithCompany(prisma));

/** The capex figures and company-basis amounts as of data `version` (pinned links), or current when null. */
export async function capexRowsAsOf(
  version: number | null,
): Promise<{ figures: CapexFigureRecord[]; ownBasis: CompanyBasisRecord[] }> {
  if (version === null) {
    const [figures, ownBasis] = await Promise.all([listCapexFigures(), listCompanyBasisAmounts()]);
    return { figures, ownBasis };
  }
  const snapshot = await snapshotAt(version);
  return { figures: snapshot.capexFigures, ownBasis: snapshot.companyBasis };
}

// As the API represents them (lib/db/resources.ts): the JSON API and the admin.

/** Every capex figure by company then year, as the API represents it. */
export async function listCapexFigureResources(): Promise<CapexFigureResource[]> {
  const rows = await prisma.capexFigure.findMany({
    include: { company: true },
    orderBy: [{ companyId: "asc" }, { year: "asc" }, { kind: "asc" }],
  });
  return rows.map(toCapexFigureResource);
}

export async function findCapexFigureResource(id: number): Promise<CapexFigureResource | null> {
  const row = await prisma.capexFigure.findUnique({ where: { id }, include: { company: true } });
  return row ? toCapexFigureResource(row) : null;
}

/** Every amount on a company's own basis (plans and company-basis actuals), as the API represents it. */
export async function listCompanyBasisResources(): Promise<CompanyBasisResource[]> {
  return (await readCompanyBasisWithCompany(prisma)).map(toCompanyBasisResource);
}
