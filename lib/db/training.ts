import "server-only";
import { prisma } from "./client";

/** The training runs the note compares (DeepSeek-V3, Llama 3). */
export async function listTrainingRuns() {
  return prisma.trainingRun.findMany({ orderBy: { gpuHoursMillion: "asc" } });
}

export type TrainingRunRecord = Awaited<ReturnType<typeof listTrainingRuns>>[number];
