import "server-only";
import { prisma } from "./client";

/** Whether the database answers a trivial query; the reason when it does not. */
export async function checkDatabase(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await prisma.$queryRawUnsafe("SELECT 1");
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.split("\n")[0]! : "unknown error" };
  }
}
