import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ExportToolbar } from "@/components/charts/export-toolbar";
import { ViewExportLinks } from "@/components/charts/view-export-links";
import { EmbedTitle } from "@/components/layout/embed-title";
import { ModelsCharts } from "@/components/models/models-charts";
import { ModelsFilterForm } from "@/components/models/models-filter-form";
import { ModelsTable } from "@/components/models/models-table";
import { NoticeList } from "@/components/ui/notice-list";
import { PageHeading } from "@/components/ui/page-heading";
import { DataVersionProvider } from "@/components/versions/data-version-context";
import { PinnedVersionNotice } from "@/components/versions/pinned-version-notice";
import { resolveLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { getChartPanelLabels } from "@/lib/charts/panel-labels";
import { isEmbedQuery } from "@/lib/embed/embed-mode";
import { exportFileBase } from "@/lib/export/file-name";
import { pick } from "@/lib/locale";
import { modelsTableExport } from "@/lib/models/chart-spec";
import { clearModelsFilters, serializeModelsQuery, type ModelsQuery } from "@/lib/models/params";
import { loadModelsView } from "@/lib/models/view-data";
import { modalityName, modelsChartSubtitle, modelsFileParts, regionName } from "@/lib/models/words";
import { viewMetadata } from "@/lib/og/metadata";
import { withDataVersion } from "@/lib/url-state/data-version";
import { shownNotices } from "@/lib/url-state/notice";
import type { RawSearchParams } from "@/lib/url-state/search-params";
import { dataVersionWords } from "@/lib/versions/pinned-words";
import { MODALITIES, MODEL_ACCESS, MODEL_REGIONS } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Models" });
  return viewMetadata("models", await searchParams, locale, "/models", t("title"));
}

/** The view's path for a state, on a pinned link's data version (`v=`) when it has one. */
const href = (state: ModelsQuery, version: number | null) => {
  const query = withDataVersion(serializeModelsQuery(state), version);
  return query ? `/models?${query}` : "/models";
};

export default async function ModelsPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params);
  const raw = await searchParams;
  const [{ t, state, notices, pin, companies, total, models, filters }, tNotices, panelLabels] = await Promise.all([
    loadModelsView(raw, locale),
    getTranslations({ locale, namespace: "Notices" }),
    getChartPanelLabels(locale),
  ]);
  const noticeTexts = shownNotices(notices, raw, (notice) => tNotices(notice.key, notice.values));
  const versionWords = await dataVersionWords(pin, locale);
  const pinnedNotice = (compact: boolean) =>
    versionWords.notice ? (
      <PinnedVersionNotice
        {...versionWords.notice}
        viewPath={`/${locale}/models`}
        changesPath={`/${locale}/changes`}
        changesOf="models"
        compact={compact}
      />
    ) : null;
  if (isEmbedQuery(raw)) {
    return (
      <DataVersionProvider value={versionWords.stamp}>
        <EmbedTitle title={t("title")} />
        <NoticeList notices={noticeTexts} compact />
        {pinnedNotice(true)}
        <ModelsCharts models={models} state={state} filters={filters} locale={locale} t={t} embed />
      </DataVersionProvider>
    );
  }
  const version = pin.pinned?.version ?? null;
  const clearHref = href(clearModelsFilters(state), version);
  const query = serializeModelsQuery(state);

  return (
    // While the filter form waits for the server's rows (aria-busy), the rows below it are dimmed.
    <DataVersionProvider value={versionWords.stamp}>
      <section className="group/models">
        <PageHeading title={t("title")} subtitle={t("subtitle", { count: total })}>
          <ViewExportLinks view="models" locale={locale} labels={panelLabels.exports} />
        </PageHeading>
        <NoticeList notices={noticeTexts} />
        {pinnedNotice(false)}
        <ModelsFilterForm
          action={`/${locale}/models`}
          options={{
            region: MODEL_REGIONS.map((region) => ({ value: region, label: regionName(t, region) })),
            access: MODEL_ACCESS.map((access) => ({ value: access, label: t(access) })),
            company: companies.map((company) => ({
              value: company.slug,
              label: pick(locale, company.nameZh, company.nameEn),
            })),
            modality: MODALITIES.map((modality) => ({ value: modality, label: modalityName(t, modality) })),
          }}
          labels={{
            heading: t("filtersHeading"),
            region: t("filterRegion"),
            access: t("filterAccess"),
            company: t("filterCompany"),
            modality: t("filterModality"),
            from: t("filterFrom"),
            to: t("filterTo"),
            query: t("filterQuery"),
            queryPlaceholder: t("queryPlaceholder"),
            any: t("any"),
            apply: t("apply"),
          }}
        />

        <div
          className="transition-opacity group-has-[form[aria-busy=true]]/models:opacity-60"
          data-testid="models-results"
        >
          <div className="my-4 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm" data-testid="active-filters">
            <p role="status" className="font-medium" data-testid="models-count">
              {t("resultCount", { shown: models.length, total })}
            </p>
            {filters.length === 0 ? (
              <p className="text-slate-500">{t("noFilters")}</p>
            ) : (
              <>
                <span className="text-slate-500">{t("activeFilters")}</span>
                <ul className="flex flex-wrap gap-1.5">
                  {filters.map((filter) => (
                    <li key={filter.param}>
                      <Link
                        href={href({ ...state, [filter.param]: null }, version)}
                        scroll={false}
                        className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2.5 py-0.5 text-xs text-accent hover:bg-blue-200"
                      >
                        {filter.text}
                        <span aria-hidden="true">×</span>
                      </Link>
                    </li>
                  ))}
                </ul>
                <Link href={clearHref} scroll={false} className="text-accent underline" data-testid="clear-filters">
                  {t("clearFilters")}
                </Link>
              </>
            )}
          </div>

          {models.length === 0 ? (
            <div
              className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center"
              data-testid="models-empty"
            >
              <p className="text-slate-700">{t("empty")}</p>
              <Link href={clearHref} className="mt-3 inline-block rounded-md bg-accent px-4 py-2 text-sm text-white">
                {t("emptyAction")}
              </Link>
            </div>
          ) : (
            <>
              <div className="mb-2 flex flex-wrap items-start justify-between gap-2" data-testid="models-table-export">
                <h2 className="pt-1 text-sm font-medium text-slate-700">{t("tableTitle")}</h2>
                <ExportToolbar
                  title={t("title")}
                  subtitle={modelsChartSubtitle(t, filters, models.length)}
                  source={[...new Set(models.map((model) => model.source))].join("; ")}
                  fileBase={exportFileBase("models", modelsFileParts(state))}
                  table={modelsTableExport(models, locale, t)}
                  labels={panelLabels}
                  locale={locale}
                  query={query}
                />
              </div>
              <ModelsTable models={models} state={state} locale={locale} t={t} version={version} />
              <ModelsCharts models={models} state={state} filters={filters} locale={locale} t={t} version={version} />
            </>
          )}
        </div>
      </section>
    </DataVersionProvider>
  );
}
