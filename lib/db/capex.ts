import "server-only";

import { cache } from "react";

import { prisma } from "./client";
import {
  readCapexFiguresWithCompany,
  readCompanyBasisWithCompany,
  type CapexFigureWithCompany,
  type CompanyBasisWithCompany,
} from "./joined-reads";

export type CapexFigureRecord = CapexFigureWithCompany;
export type CompanyBasisRecord = CompanyBasisWithCompany;

/** Capex figures with their company, by company then year; one query per request (React cache), shared by the page and its metadata. */
export const listCapexFigures = cache((): Promise<CapexFigureRecord[]> => readCapexFiguresWithCompany(prisma));

/** Amounts on companies' own basis (plans, and what they became), one query per request (React cache). */
export const listCompanyBasisAmounts = cache((): Promise<CompanyBasisRecord[]> => readCompanyBasisWithCompany(prisma));
