import "server-only";

import { getTranslations } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";
import { FIGURE_ORIGINS, type FigureOrigin } from "@/lib/vocabulary";

/** Every origin's badge word in the locale (the "Origin" messages), for server pages to hand to client views. */
export async function originLabels(locale: AppLocale): Promise<Record<FigureOrigin, string>> {
  const t = await getTranslations({ locale, namespace: "Origin" });
  return Object.fromEntries(FIGURE_ORIGINS.map((origin) => [origin, t(origin)])) as Record<FigureOrigin, string>;
}
