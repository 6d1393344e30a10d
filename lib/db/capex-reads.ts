import "server-only";

import { prisma } from "./client";
import { readCompanyBasisWithCompany } from "./joined-reads";
import {
  toCapexFigureResource,
  toCompanyBasisResource,
  type CapexFigureResource,
  type CompanyBasisResource,
} from "./resources";

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
