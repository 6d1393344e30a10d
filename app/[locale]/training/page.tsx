import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/i18n/locale";
import { listTrainingRuns } from "@/lib/db/training";
import { formatGpuHoursMillions } from "@/lib/format";

export const dynamic = "force-dynamic";

export default async function TrainingPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const [t, runs] = await Promise.all([getTranslations({ locale, namespace: "Training" }), listTrainingRuns()]);
  return (
    <section>
      <PageHeading title={t("title")} subtitle={t("subtitle")} />
      <table className="min-w-full rounded-lg border border-slate-200 bg-white text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-3 py-2">{t("colModel")}</th>
            <th className="px-3 py-2">{t("colGpu")}</th>
            <th className="px-3 py-2 text-right">{t("colHours")}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.slug} className="border-t border-slate-100">
              <td className="px-3 py-2 font-medium">{run.model}</td>
              <td className="px-3 py-2">{run.gpu}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatGpuHoursMillions(run.gpuHoursMillion, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
