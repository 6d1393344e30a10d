import "server-only";
import { REPORT_SLUG } from "../report-slug";
import { prisma } from "./client";

/** The note's bibliographic record with its analysts, in the order the note lists them. */
export async function getReport() {
  return prisma.report.findUniqueOrThrow({
    where: { slug: REPORT_SLUG },
    include: { analysts: { orderBy: { position: "asc" } } },
  });
}

export type ReportRecord = Awaited<ReturnType<typeof getReport>>;
