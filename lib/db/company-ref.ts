import "server-only";

import type { Prisma } from "../generated/prisma/client";
import { InvalidReferenceError } from "./write-errors";

/** The id of the company a write names by slug; an unknown slug is a field error, not a crash. */
export async function companyIdBySlug(tx: Prisma.TransactionClient, slug: string): Promise<number> {
  const company = await tx.company.findUnique({ where: { slug }, select: { id: true } });
  if (!company) throw new InvalidReferenceError("company", `unknown company "${slug}"`);
  return company.id;
}

/** Whether an error is a unique-constraint violation (Prisma P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002"
  );
}
