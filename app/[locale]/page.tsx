import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/i18n/locale";
import { getReport } from "@/lib/db/report";
import { formatDate } from "@/lib/format";
import { pick } from "@/lib/locale";

export const dynamic = "force-dynamic";

export default async function SummaryPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const [t, report] = await Promise.all([getTranslations({ locale, namespace: "Summary" }), getReport()]);
  return (
    <article>
      <PageHeading
        title={pick(locale, report.titleZh, report.titleEn)}
        subtitle={`${pick(locale, report.publisherZh, report.publisherEn)} · ${t("published", { date: formatDate(report.published, locale) })} · ${pick(locale, report.ratingZh, report.ratingEn)}`}
      />
      <ul className="text-sm text-slate-700">
        {report.analysts.map((analyst) => (
          <li key={analyst.id}>{pick(locale, analyst.nameZh, analyst.nameEn)}</li>
        ))}
      </ul>
    </article>
  );
}
