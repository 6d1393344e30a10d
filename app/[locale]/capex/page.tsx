import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getChartPanelLabels } from "@/components/charts/chart-panel-labels";
import { CapexCharts } from "@/components/capex/capex-charts";
import { CapexScenarioView } from "@/components/capex/capex-scenario-view";
import { CapexStatements } from "@/components/capex/capex-statements";
import { NoticeList } from "@/components/ui/notice-list";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/i18n/locale";
import { saveScenario } from "./actions";
import { serializeCapexQuery } from "@/lib/capex/view-state";
import { loadCapexView } from "@/lib/capex/view-data";
import { isEmbedQuery } from "@/lib/embed/embed-mode";
import { originLabels as originLabelsOf } from "@/lib/figures/origin-labels";
import { viewMetadata } from "@/lib/og/metadata";
import { shownNotices, type RawSearchParams } from "@/lib/url-state/notice";

export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Capex" });
  return viewMetadata("capex", await searchParams, locale, "/capex", t("title"));
}

export default async function CapexPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params);
  const raw = await searchParams;
  const [view, tNotices, originLabels, chartLabels] = await Promise.all([
    loadCapexView(raw, locale),
    getTranslations({ locale, namespace: "Notices" }),
    originLabelsOf(locale),
    getChartPanelLabels(locale),
  ]);
  const { labels } = view;
  const noticeTexts = shownNotices(view.notices, raw, (notice) => tNotices(notice.key, notice.values));

  if (isEmbedQuery(raw)) {
    return (
      <>
        <NoticeList notices={noticeTexts} compact />
        <CapexCharts
        locale={locale}
        outcome={view.outcome}
        companyNames={view.companies.map((company) => company.name)}
        note={view.note}
        actual={view.actuals}
        scenarioInWords={view.scenarioInWords}
        fileParts={view.fileParts}
        query={serializeCapexQuery(view.state)}
        savedScenarioName={view.state.scenarioId ? view.savedScenarioName : null}
        caveatsOnScreen
        labels={labels}
        chartLabels={chartLabels}
        />
      </>
    );
  }
  return (
    <section>
      <PageHeading title={labels.title} subtitle={labels.subtitle} />
      <NoticeList notices={noticeTexts} />
      <CapexScenarioView
        locale={locale}
        companies={view.companies}
        note={view.note}
        actual={view.actuals}
        guidanceGrowth={view.afterNote.guidanceGrowth}
        savedScenario={view.savedScenario}
        saveAction={saveScenario}
        labels={labels}
        originLabels={originLabels}
        chartLabels={chartLabels}
        statements={<CapexStatements locale={locale} companies={view.companies} labels={labels} originLabels={originLabels} />}
      />
    </section>
  );
}
