import "server-only";
import { cache } from "react";
import { prisma } from "./client";
import { readCapexFiguresWithCompany, type CapexFigureWithCompany } from "./joined-reads";

export type CapexFigureRecord = CapexFigureWithCompany;

/** Capex figures with their company, by company then year; one query per request (React cache), shared by the page and its metadata. */
export const listCapexFigures = cache((): Promise<CapexFigureRecord[]> => readCapexFiguresWithCompany(prisma));
