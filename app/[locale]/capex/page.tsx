import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/i18n/locale";
import { listCapexFigures } from "@/lib/db/capex";
import { formatUsdBn } from "@/lib/format";
import { pick } from "@/lib/locale";

export const dynamic = "force-dynamic";

export default async function CapexPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const [t, figures] = await Promise.all([getTranslations({ locale, namespace: "Capex" }), listCapexFigures()]);
  const reported = figures.filter((figure) => figure.kind === "reported" && figure.year === 2024);
  return (
    <section>
      <PageHeading title={t("title")} subtitle={t("subtitle")} />
      <table className="min-w-full rounded-lg border border-slate-200 bg-white text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-3 py-2">{t("colCompany")}</th>
            <th className="px-3 py-2 text-right">{t("col2024")}</th>
            <th className="px-3 py-2">{t("colBasis")}</th>
          </tr>
        </thead>
        <tbody>
          {reported.map((figure) => (
            <tr key={figure.id} className="border-t border-slate-100">
              <td className="px-3 py-2">{pick(locale, figure.company.nameZh, figure.company.nameEn)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{figure.usdBn === null ? "—" : formatUsdBn(figure.usdBn, locale)}</td>
              <td className="px-3 py-2">{figure.basis}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
