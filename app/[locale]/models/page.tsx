import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ModelsCharts } from "@/components/models/models-charts";
import { ModelsFilterForm } from "@/components/models/models-filter-form";
import { ModelsTable } from "@/components/models/models-table";
import { describeActiveFilters, modalityName, regionName } from "@/components/models/models-text";
import { NoticeList } from "@/components/ui/notice-list";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { countModels, findModels, listModelCompanies } from "@/lib/db/models";
import { pick } from "@/lib/locale";
import { clearModelsFilters, DEFAULT_MODELS_QUERY, MODALITIES, MODEL_ACCESS, MODEL_REGIONS, MODELS_PARAM_NAMES, parseModelsQuery, serializeModelsQuery, type ModelsQuery } from "@/lib/models/params";
import type { RawSearchParams } from "@/lib/url-state/notice";

export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Models" });
  return { title: t("title") };
}

const href = (state: ModelsQuery) => {
  const query = serializeModelsQuery(state);
  return query ? `/models?${query}` : "/models";
};

export default async function ModelsPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params);
  const [t, tNotices, companies, raw, total] = await Promise.all([
    getTranslations({ locale, namespace: "Models" }),
    getTranslations({ locale, namespace: "Notices" }),
    listModelCompanies(),
    searchParams,
    countModels(),
  ]);
  const { state, notices } = parseModelsQuery(raw, { companySlugs: companies.map((company) => company.slug) });
  const models = await findModels(state, locale);
  const filters = describeActiveFilters(t, state, locale, companies);
  const clearHref = href(clearModelsFilters(state));

  // Sort and chart tab survive a filter change; only non-default ones travel as hidden fields.
  const keep = Object.fromEntries(
    (["sort", "dir", "view"] as const).flatMap((name) => (state[name] !== DEFAULT_MODELS_QUERY[name] && !(name === "dir" && !state.sort) ? [[name, String(state[name])]] : [])),
  );

  return (
    <section>
      <PageHeading title={t("title")} subtitle={t("subtitle", { count: total })} />
      <NoticeList notices={notices.map((notice) => tNotices(notice.key, notice.values))} />
      <ModelsFilterForm
        key={serializeModelsQuery(state)}
        action={`/${locale}/models`}
        values={{
          region: state.region ?? "",
          access: state.access ?? "",
          company: state.company ?? "",
          modality: state.modality ?? "",
          from: state.from ?? "",
          to: state.to ?? "",
          q: state.q ?? "",
        }}
        keep={keep}
        order={MODELS_PARAM_NAMES}
        options={{
          region: MODEL_REGIONS.map((region) => ({ value: region, label: regionName(t, region) })),
          access: MODEL_ACCESS.map((access) => ({ value: access, label: t(access) })),
          company: companies.map((company) => ({ value: company.slug, label: pick(locale, company.nameZh, company.nameEn) })),
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
                    href={href({ ...state, [filter.param]: null })}
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
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center" data-testid="models-empty">
          <p className="text-slate-700">{t("empty")}</p>
          <Link href={clearHref} className="mt-3 inline-block rounded-md bg-accent px-4 py-2 text-sm text-white">
            {t("emptyAction")}
          </Link>
        </div>
      ) : (
        <>
          <ModelsTable models={models} state={state} locale={locale} t={t} />
          <ModelsCharts models={models} state={state} filters={filters} locale={locale} t={t} />
        </>
      )}
    </section>
  );
}
