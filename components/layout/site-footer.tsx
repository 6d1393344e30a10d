import { getTranslations } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";
import { getReport } from "@/lib/db/report";
import { formatDate } from "@/lib/format";
import { pick } from "@/lib/locale";

/**
 * The note's citation and the disclaimer. Part of the layout, so a database that cannot be read must not
 * fail it: the view's own error page (app/[locale]/error.tsx) then shows inside the header and footer.
 */
export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const [t, report] = await Promise.all([
    getTranslations({ locale, namespace: "Footer" }),
    getReport().catch(() => null),
  ]);
  return (
    <footer className="border-t border-slate-200 bg-white text-xs text-slate-500">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-4 sm:px-6">
        {report ? (
          <p data-testid="citation">
            {t("citation", {
              publisher: pick(locale, report.publisherZh, report.publisherEn),
              title: pick(locale, report.titleZh, report.titleEn),
              date: formatDate(report.published, locale),
            })}
          </p>
        ) : null}
        <p>{t("notAdvice")}</p>
      </div>
    </footer>
  );
}
