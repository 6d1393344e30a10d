import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ViewExportLinks } from "@/components/charts/view-export-links";
import { EmbedTitle } from "@/components/layout/embed-title";
import { TrainingExplorer } from "@/components/training/training-explorer";
import { NoticeList } from "@/components/ui/notice-list";
import { PageHeading } from "@/components/ui/page-heading";
import { SourceBadge } from "@/components/ui/source-badge";
import { DataVersionProvider } from "@/components/versions/data-version-context";
import { PinnedVersionNotice } from "@/components/versions/pinned-version-notice";
import { resolveLocale } from "@/i18n/locale";
import { getChartPanelLabels } from "@/lib/charts/panel-labels";
import { viewMetadata } from "@/lib/og/metadata";
import { loadTrainingView } from "@/lib/training/view-data";
import { shownNotices } from "@/lib/url-state/notice";
import type { RawSearchParams } from "@/lib/url-state/search-params";
import { dataVersionWords } from "@/lib/versions/pinned-words";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Training" });
  return viewMetadata("training", await searchParams, locale, "/training", t("title"));
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export default async function TrainingPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const [view, tNotices, panelLabels] = await Promise.all([
    loadTrainingView(query, locale),
    getTranslations({ locale, namespace: "Notices" }),
    getChartPanelLabels(locale),
  ]);
  const { t, stats, sources, computedFrom, originLabels } = view;
  const explorer = (
    <TrainingExplorer
      locale={locale}
      runs={view.runs}
      labels={view.labels}
      originLabels={originLabels}
      panelLabels={panelLabels}
      embed={view.embed}
    />
  );
  const noticeTexts = shownNotices(view.notices, query, (notice) => tNotices(notice.key, notice.values));
  const versionWords = await dataVersionWords(view.pin, locale);
  const pinnedNotice = (compact: boolean) =>
    versionWords.notice ? (
      <PinnedVersionNotice
        {...versionWords.notice}
        viewPath={`/${locale}/training`}
        changesPath={`/${locale}/changes`}
        changesOf="training"
        compact={compact}
      />
    ) : null;
  if (view.embed) {
    return (
      <DataVersionProvider value={versionWords.stamp}>
        <EmbedTitle title={t("title")} />
        <NoticeList notices={noticeTexts} compact />
        {pinnedNotice(true)}
        {explorer}
      </DataVersionProvider>
    );
  }

  return (
    <DataVersionProvider value={versionWords.stamp}>
      <section>
        <PageHeading title={t("title")} subtitle={t("subtitle")}>
          <ViewExportLinks view="training" locale={locale} labels={panelLabels.exports} />
        </PageHeading>
        <NoticeList notices={noticeTexts} />
        {pinnedNotice(false)}

        <ul className="mb-6 grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3">
          {stats.map((stat) => (
            <li
              key={stat.id}
              className={`rounded-lg border border-slate-200 bg-white p-4 ${stat.id === "ratio" ? "col-span-2 lg:col-span-1" : ""}`}
            >
              <p className="flex items-center gap-2 text-sm text-slate-600">
                {stat.label}
                <SourceBadge origin={stat.origin} label={originLabels[stat.origin]} source={stat.source} />
              </p>
              <p data-testid={stat.id} className="mt-1 text-lg font-semibold tabular-nums sm:text-xl">
                {stat.value}
              </p>
              {stat.id === "ratio" ? (
                <p
                  className="mt-1 flex items-center gap-1.5 text-xs text-slate-500"
                  data-testid="ratio-computed"
                  data-origin="computed"
                >
                  <SourceBadge origin="computed" label={originLabels.computed} source={computedFrom} />
                  {stat.note}
                </p>
              ) : (
                <p className="mt-1 text-xs text-slate-500">{stat.note}</p>
              )}
            </li>
          ))}
        </ul>

        {explorer}

        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <section
            aria-labelledby="caveats-title"
            data-testid="training-caveats"
            className="rounded-lg border border-amber-200 bg-amber-50 p-4"
          >
            <h2 id="caveats-title" className="font-semibold text-amber-900">
              {t("caveatsTitle")}
            </h2>
            <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm text-amber-950">
              {view.caveats.map((caveat) => (
                <li key={caveat}>{caveat}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="training-sources-title">
            <h2 id="training-sources-title" className="font-semibold">
              {t("sourcesTitle")}
            </h2>
            <ul className="mt-2 space-y-1.5 text-sm text-slate-600">
              {sources.map((source) => (
                <li key={source.id} className="flex items-start gap-1.5">
                  <SourceBadge origin={source.origin} label={originLabels[source.origin]} source={source.text} />
                  <span>{source.text}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </section>
    </DataVersionProvider>
  );
}
