import "server-only";
import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";

/**
 * The Summary does not depend on the query, so Next serves it from its cache (app/[locale]/page.tsx:
 * `revalidate`). It is fresh because:
 * - every write path (API, import, admin forms) calls `revalidateSummary()` after its commit, so the
 *   instance that took the write renders the Summary again on the next request;
 * - other instances (several on one PostgreSQL) have their own cache: theirs is re-rendered at most
 *   SUMMARY_REVALIDATE_SECONDS after it was rendered (stale-while-revalidate), never later.
 */
export const SUMMARY_REVALIDATE_SECONDS = 30;

export function revalidateSummary(): void {
  for (const locale of routing.locales) revalidatePath(`/${locale}`);
}
