import "server-only";

import { getTranslations } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";
import type { DataVersionPin } from "@/lib/db/pinned-data";
import type { DataVersionStamp } from "@/lib/export/data-version";
import { formatDate } from "@/lib/format";

/** A version's day as the locale writes it (UTC): "2026 年 12 月 3 日", "3 Dec 2026". */
export const versionDate = (createdAt: string, locale: AppLocale) => formatDate(createdAt.slice(0, 10), locale);

/**
 * A view's data-version words: the pinned notice's text (for a `v=` link) and the stamp its exports
 * carry (the pinned version, else the latest), in the page's language.
 */
export async function dataVersionWords(pin: DataVersionPin, locale: AppLocale) {
  const t = await getTranslations({ locale, namespace: "Versions" });
  const notice = pin.pinned
    ? {
        version: pin.pinned.version,
        text: t("pinned", { date: versionDate(pin.pinned.createdAt, locale), count: pin.pinned.updatesSince }),
        labels: { viewLatest: t("viewLatest"), viewChanges: t("viewChanges") },
      }
    : null;
  const version = pin.pinned?.version ?? pin.latest;
  const stamp: DataVersionStamp | null =
    version === null
      ? null
      : {
          version,
          text: t("versionValue", {
            version,
            date: versionDate(pin.pinned?.createdAt ?? pin.latestCreatedAt ?? new Date().toISOString(), locale),
          }),
          labels: { version: t("versionLabel"), link: t("linkLabel") },
        };
  return { notice, stamp };
}
