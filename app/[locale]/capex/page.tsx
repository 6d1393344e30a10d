import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AfterNoteSections } from "@/components/capex/after-note/after-note-sections";
import { NoteVsActualPanel } from "@/components/capex/after-note/note-vs-actual";
import { Plans2026Chart } from "@/components/capex/after-note/plans-2026-chart";
import { PlansChart } from "@/components/capex/after-note/plans-path-chart";
import { CAPEX_EMBED_PANELS, CapexCharts, type CapexEmbedPanel } from "@/components/capex/capex-charts";
import { CapexScenarioView } from "@/components/capex/capex-scenario-view";
import { CapexStatements } from "@/components/capex/capex-statements";
import { ViewExportLinks } from "@/components/charts/view-export-links";
import { EmbedTitle } from "@/components/layout/embed-title";
import { NoticeList } from "@/components/ui/notice-list";
import { PageHeading } from "@/components/ui/page-heading";
import { DataVersionProvider } from "@/components/versions/data-version-context";
import { PinnedVersionNotice } from "@/components/versions/pinned-version-notice";
import { resolveLocale } from "@/i18n/locale";
import { loadCapexView } from "@/lib/capex/view-data";
import { serializeCapexQuery } from "@/lib/capex/view-state";
import { getChartPanelLabels } from "@/lib/charts/panel-labels";
import { getReport } from "@/lib/db/report";
import { isEmbedQuery } from "@/lib/embed/embed-mode";
import { originLabels as originLabelsOf } from "@/lib/figures/origin-labels";
import { viewMetadata } from "@/lib/og/metadata";
import { shownNotices } from "@/lib/url-state/notice";
import { firstValue, type RawSearchParams } from "@/lib/url-state/search-params";
import { dataVersionWords } from "@/lib/versions/pinned-words";

import { saveScenario } from "./actions";

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
  const [view, tNotices, originLabels, chartLabels, report] = await Promise.all([
    loadCapexView(raw, locale),
    getTranslations({ locale, namespace: "Notices" }),
    originLabelsOf(locale),
    getChartPanelLabels(locale),
    getReport(),
  ]);
  const { labels, afterNoteLabels, afterNote } = view;
  const noticeTexts = shownNotices(view.notices, raw, (notice) => tNotices(notice.key, notice.values));
  const versionWords = await dataVersionWords(view.pin, locale);
  const pinnedNotice = (compact: boolean) =>
    versionWords.notice ? (
      <PinnedVersionNotice
        {...versionWords.notice}
        viewPath={`/${locale}/capex`}
        changesPath={`/${locale}/changes`}
        compact={compact}
      />
    ) : null;

  if (isEmbedQuery(raw) && view.state.section) {
    // An embedded section: that panel alone, its caveats under it.
    const section = view.state.section;
    return (
      <DataVersionProvider value={versionWords.stamp}>
        <EmbedTitle title={labels.title} />
        <NoticeList notices={noticeTexts} compact />
        {pinnedNotice(true)}
        {section === "vs-actual" ? (
          <NoteVsActualPanel
            locale={locale}
            vs={afterNote.noteVsActual}
            labels={afterNoteLabels}
            originLabels={originLabels}
            chartLabels={chartLabels}
          />
        ) : null}
        {section === "plans" ? (
          <PlansChart
            locale={locale}
            labels={afterNoteLabels}
            chartLabels={chartLabels}
            originLabels={originLabels}
            paths={afterNote.planPaths}
            noteDate={report.published}
          />
        ) : null}
        {section === "plans-2026" ? (
          <Plans2026Chart
            locale={locale}
            labels={afterNoteLabels}
            chartLabels={chartLabels}
            plans={afterNote.nextYearPlans}
          />
        ) : null}
      </DataVersionProvider>
    );
  }
  if (isEmbedQuery(raw)) {
    // ?panel= (the embed snippet of one chart) shows that chart alone; any other value both.
    const panel = CAPEX_EMBED_PANELS.find((name): name is CapexEmbedPanel => name === firstValue(raw.panel));
    return (
      <DataVersionProvider value={versionWords.stamp}>
        <EmbedTitle title={labels.title} />
        <NoticeList notices={noticeTexts} compact />
        {pinnedNotice(true)}
        <CapexCharts
          locale={locale}
          outcome={view.outcome}
          companyNames={view.companies.map((company) => company.name)}
          note={view.note}
          actual={view.actuals}
          bases={view.bases}
          scenarioInWords={view.scenarioInWords}
          fileParts={view.fileParts}
          query={serializeCapexQuery(view.state)}
          savedScenarioName={view.state.scenarioId ? view.savedScenarioName : null}
          caveatsOnScreen
          labels={labels}
          chartLabels={chartLabels}
          panel={panel}
        />
      </DataVersionProvider>
    );
  }
  return (
    <DataVersionProvider value={versionWords.stamp}>
      <section>
        <PageHeading title={labels.title} subtitle={labels.subtitle}>
          <ViewExportLinks view="capex" locale={locale} labels={chartLabels.exports} />
        </PageHeading>
        <NoticeList notices={noticeTexts} />
        {pinnedNotice(false)}
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
          statements={
            <CapexStatements
              locale={locale}
              companies={view.companies}
              labels={labels}
              originLabels={originLabels}
              computedFrom={afterNote.guidanceComputedFrom}
            />
          }
        />
        <div className="mt-8">
          <AfterNoteSections
            locale={locale}
            afterNote={afterNote}
            noteDate={report.published}
            state={view.state}
            labels={afterNoteLabels}
            originLabels={originLabels}
            chartLabels={chartLabels}
          />
        </div>
      </section>
    </DataVersionProvider>
  );
}
