import "server-only";
import { revalidatePath } from "next/cache";

/**
 * The views served from Next's cache: the Summary (/zh, /en). Every successful write calls this
 * so the next visit renders them from the database again ("changes show at once"). It reaches
 * this instance's cache only; other instances of a multi-instance deployment catch up within the
 * page's revalidate period (app/[locale]/page.tsx).
 */
export function revalidateCachedViews(): void {
  revalidatePath("/[locale]", "page");
}
