import "server-only";

import { REPORT_SLUG } from "../report-slug";
import { withFullWidthQuestionMarks } from "../text/zh-typography";
import { parseAnalystRole } from "../vocabulary";
import { prisma } from "./client";

async function readReport() {
  const report = await prisma.report.findUniqueOrThrow({
    where: { slug: REPORT_SLUG },
    include: { analysts: { orderBy: { position: "asc" } } },
  });
  // The zh texts in Chinese type: the title's "?" as printed is "？" on every page, export and preview.
  return {
    ...report,
    titleZh: withFullWidthQuestionMarks(report.titleZh),
    analysts: report.analysts.map((analyst) => ({ ...analyst, role: parseAnalystRole(analyst.role) })),
  };
}

type ReportRecord = Awaited<ReturnType<typeof readReport>>;

// The note's record never changes while a server runs: only the seed writes it (creating what is
// missing, before `next start`), and neither the API nor the admin pages edit it. So one read per
// process serves every page's footer, on every instance alike.
let report: Promise<ReportRecord> | undefined;

/** The note's bibliographic record with its analysts, in the order the note lists them. */
export function getReport(): Promise<ReportRecord> {
  report ??= readReport().catch((error: unknown) => {
    report = undefined; // not cached: the next page tries the database again
    throw error;
  });
  return report;
}
