import "server-only";

import { prisma } from "./client";
import { databaseUrl, isPostgresUrl } from "./url";

export type DatabaseProvider = "sqlite" | "postgresql";

/** Which database this instance talks to (DATABASE_URL decides), so a deployment can be checked. */
export function databaseProvider(): DatabaseProvider {
  return isPostgresUrl(databaseUrl()) ? "postgresql" : "sqlite";
}

/** Whether the database answers a trivial query; the reason when it does not. */
export async function checkDatabase(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await prisma.$queryRawUnsafe("SELECT 1");
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.split("\n")[0]! : "unknown error" };
  }
}
