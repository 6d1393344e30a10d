import "server-only";

import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";

import { announceDataChanged } from "../db/change-feed";
import { clearPageResponses } from "./page-responses";

type Instance = { id: string; secret: string };
// One identity per server process, on globalThis because Next bundles the route handlers and
// instrumentation.ts (which listens for other instances' changes) separately.
const store = globalThis as unknown as { capexLensInstance?: Instance };
export const thisInstance: Instance = (store.capexLensInstance ??= {
  id: randomUUID(),
  secret: randomBytes(32).toString("base64url"),
});

/**
 * The views served from a cache: the Summary (/zh, /en) from Next's, the other public views' pages
 * asked for again from lib/cache/page-responses.ts. Every successful write calls this, so
 * the next visit renders them from the database again ("changes show at once"), on this instance
 * and, through PostgreSQL (lib/db/change-feed.ts), on every other instance of the deployment.
 */
export async function revalidateCachedViews(): Promise<void> {
  revalidateThisInstance();
  try {
    await announceDataChanged(thisInstance.id);
  } catch (error) {
    // The write itself succeeded; the other instances catch up at the next announced write.
    console.error("could not announce a data change to the other instances", error);
  }
}

export function revalidateThisInstance(): void {
  revalidatePath("/[locale]", "page");
  clearPageResponses();
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Whether a bearer token is this process's own secret (app/api/internal/revalidate). */
export function isThisInstanceSecret(token: string | null): boolean {
  return token !== null && timingSafeEqual(digest(token), digest(thisInstance.secret));
}
