import type { Metadata } from "next";

import { NotFoundMessage } from "@/components/layout/not-found-message";
import { resolveLocale } from "@/i18n/locale";

export const metadata: Metadata = { robots: { index: false } };

/**
 * Any path under a locale that no view matches. Rendered as a page rather than through notFound(),
 * whose output Next leaves empty without JavaScript (vercel/next.js#62228); proxy.ts answers these
 * paths with status 404.
 */
export default async function UnknownPathPage({ params }: { params: Promise<{ locale: string; rest: string[] }> }) {
  return <NotFoundMessage locale={await resolveLocale(params)} />;
}
