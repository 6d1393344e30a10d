import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/i18n/locale";
import { listModels } from "@/lib/db/models";
import { formatParamsB, formatYearMonth } from "@/lib/format";
import { pick } from "@/lib/locale";

export const dynamic = "force-dynamic";

export default async function ModelsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const [t, models] = await Promise.all([getTranslations({ locale, namespace: "Models" }), listModels()]);
  return (
    <section>
      <PageHeading title={t("title")} subtitle={t("subtitle", { count: models.length })} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-3 py-2">{t("colRegion")}</th>
              <th className="px-3 py-2">{t("colCompany")}</th>
              <th className="px-3 py-2">{t("colModel")}</th>
              <th className="px-3 py-2 text-right">{t("colParams")}</th>
              <th className="px-3 py-2">{t("colAccess")}</th>
              <th className="px-3 py-2">{t("colReleased")}</th>
            </tr>
          </thead>
          <tbody>
            {models.map((model) => (
              <tr key={model.id} className="border-t border-slate-100">
                <td className="px-3 py-2">{model.region}</td>
                <td className="px-3 py-2">{pick(locale, model.company.nameZh, model.company.nameEn)}</td>
                <td className="px-3 py-2 font-medium">{pick(locale, model.nameZh, model.nameEn)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{model.paramsB === null ? t("undisclosed") : formatParamsB(model.paramsB, locale)}</td>
                <td className="px-3 py-2">{model.openWeights ? t("open") : t("closed")}</td>
                <td className="px-3 py-2">{formatYearMonth(model.released, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
