import "server-only";

import type { AppLocale } from "@/i18n/routing";
import { pick } from "@/lib/locale";

import { prisma } from "./client";

/** The training runs the note compares (DeepSeek-V3, Llama 3), sources in `locale`. */
export async function listTrainingRuns(locale: AppLocale) {
  const runs = await prisma.trainingRun.findMany({ orderBy: { gpuHoursMillion: "asc" } });
  return runs.map(({ sourceZh, sourceEn, ...run }) => ({ ...run, source: pick(locale, sourceZh, sourceEn) }));
}

export type TrainingRunRecord = Awaited<ReturnType<typeof listTrainingRuns>>[number];
