import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { getChartPanelLabels } from "@/components/charts/chart-panel-labels";
import type { CapexLabels } from "@/components/capex/capex-labels";
import { CapexScenarioView } from "@/components/capex/capex-scenario-view";
import { NoticeList } from "@/components/ui/notice-list";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/i18n/locale";
import { saveScenario } from "./actions";
import { toCapexCompanies } from "@/lib/capex/companies";
import { parseCapexQuery } from "@/lib/capex/params";
import { normalizeScenario } from "@/lib/capex/scenario";
import { listCapexFigures } from "@/lib/db/capex";
import { getKeyFigures } from "@/lib/db/key-figures";
import { getSavedScenario } from "@/lib/db/scenarios";
import type { RawSearchParams } from "@/lib/url-state/notice";

export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Capex" });
  return { title: t("title") };
}

export default async function CapexPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params);
  const { state: parsed, notices } = parseCapexQuery(await searchParams);
  const [t, tNotices, tOrigin, messages, figures, keyFigures, chartLabels, saved] = await Promise.all([
    getTranslations({ locale, namespace: "Capex" }),
    getTranslations({ locale, namespace: "Notices" }),
    getTranslations({ locale, namespace: "Origin" }),
    getMessages({ locale }),
    listCapexFigures(),
    getKeyFigures(),
    getChartPanelLabels(locale),
    parsed.scenarioId ? getSavedScenario(parsed.scenarioId) : null,
  ]);
  if (parsed.scenarioId && !saved) notices.push({ key: "capexUnknownScenario", values: { value: parsed.scenarioId } });

  const companies = toCapexCompanies(figures, locale);
  const total2024 = keyFigures.get("capex_total_2024");
  const growth = keyFigures.get("capex_growth_2025");
  const total2025 = keyFigures.get("capex_total_2025_implied");
  if (!total2024 || !growth || !total2025) throw new Error("The database lacks the note's capex key figures; run the seed.");

  const state = { ...normalizeScenario(parsed, companies, growth.value), scenarioId: saved ? saved.id : null };
  return (
    <section>
      <PageHeading title={t("title")} subtitle={t("subtitle")} />
      <NoticeList notices={notices.map((notice) => tNotices(notice.key, notice.values))} />
      <CapexScenarioView
        locale={locale}
        companies={companies}
        note={{ total2024UsdBn: total2024.value, growth: growth.value, total2025UsdBn: total2025.value, source: total2024.source }}
        initialState={state}
        savedScenarioName={saved?.name ?? null}
        saveAction={saveScenario}
        labels={messages.Capex as CapexLabels}
        originLabels={{ note: tOrigin("note"), filing: tOrigin("filing"), statement: tOrigin("statement") }}
        chartLabels={chartLabels}
      />
    </section>
  );
}
