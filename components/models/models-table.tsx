import { getTranslations } from "next-intl/server";

import { SourceBadge } from "@/components/ui/source-badge";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import type { ModelRecord } from "@/lib/db/models";
import { formatYearMonth } from "@/lib/format";
import { pick } from "@/lib/locale";
import { serializeModelsQuery, type ModelSortKey, type ModelsQuery } from "@/lib/models/params";
import { modalityName, moeWords, paramsWords, regionName, type ModelsTranslator } from "@/lib/models/words";
import { withDataVersion } from "@/lib/url-state/data-version";

import { ModalityChips } from "./modality-chips";

type Props = {
  models: ModelRecord[];
  state: ModelsQuery;
  locale: AppLocale;
  t: ModelsTranslator;
  /** The data version of a pinned link (`v=`): its sort and model links stay on it. */
  version: number | null;
};

/** The sort a header link leads to: a new column starts ascending, the current one flips. */
function nextSort(state: ModelsQuery, key: ModelSortKey): ModelsQuery {
  const dir = state.sort === key && state.dir === "asc" ? "desc" : "asc";
  return { ...state, sort: key, dir };
}

function SortHeader({
  column,
  label,
  state,
  t,
  version,
  className = "",
}: {
  column: ModelSortKey;
  label: string;
  state: ModelsQuery;
  t: ModelsTranslator;
  version: number | null;
  className?: string;
}) {
  const active = state.sort === column;
  const query = withDataVersion(serializeModelsQuery(nextSort(state, column)), version);
  return (
    <th
      scope="col"
      aria-sort={active ? (state.dir === "asc" ? "ascending" : "descending") : undefined}
      className={`px-3 py-2 font-medium ${className}`}
    >
      <Link
        href={`/models?${query}`}
        scroll={false}
        title={t("sortBy", { column: label })}
        data-testid={`sort-${column}`}
        className={`inline-flex items-center gap-1 rounded whitespace-nowrap hover:text-slate-900 hover:underline ${active ? "text-slate-900" : ""}`}
      >
        {label}
        <span aria-hidden="true" className={active ? "text-accent" : "text-slate-300"}>
          {active ? (state.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        {active ? <span className="sr-only">{t(state.dir === "asc" ? "sortedAsc" : "sortedDesc")}</span> : null}
      </Link>
    </th>
  );
}

/**
 * The note's model table, as filtered and sorted on the server. On narrow screens it scrolls
 * sideways with the model column pinned, so each row stays identifiable.
 */
export async function ModelsTable({ models, state, locale, t, version }: Props) {
  const origin = await getTranslations({ locale, namespace: "Origin" });
  // A model's page carries the list's query, so its "back" link returns to this list (and stays shareable).
  const listQuery = withDataVersion(serializeModelsQuery(state), version);
  const sticky = "sticky left-0 z-10 bg-inherit shadow-[1px_0_0_0_var(--color-slate-200)]";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="models-table">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr className="bg-slate-50">
            <SortHeader column="model" label={t("colModel")} state={state} t={t} version={version} className={sticky} />
            <SortHeader column="company" label={t("colCompany")} state={state} t={t} version={version} />
            <SortHeader column="region" label={t("colRegion")} state={state} t={t} version={version} />
            <SortHeader
              column="params"
              label={t("colParams")}
              state={state}
              t={t}
              version={version}
              className="text-right"
            />
            <th scope="col" className="px-3 py-2 font-medium">
              {t("colMoe")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("colModalities")}
            </th>
            <SortHeader column="access" label={t("colAccess")} state={state} t={t} version={version} />
            <SortHeader column="released" label={t("colReleased")} state={state} t={t} version={version} />
          </tr>
        </thead>
        <tbody>
          {models.map((model) => {
            const name = pick(locale, model.nameZh, model.nameEn);
            const params = paramsWords(t, model, locale);
            const moe = moeWords(t, model, locale);
            return (
              <tr
                key={model.id}
                data-slug={model.slug}
                className="border-t border-slate-100 bg-white hover:bg-slate-50"
              >
                <th scope="row" className={`min-w-32 px-3 py-2 text-left align-top font-medium ${sticky}`}>
                  <Link
                    href={listQuery ? `/models/${model.slug}?${listQuery}` : `/models/${model.slug}`}
                    className="text-accent hover:underline"
                    data-testid="model-name"
                  >
                    {name}
                  </Link>
                  {model.nameAsPrinted && model.nameAsPrinted !== name ? (
                    <span className="block text-xs font-normal text-slate-500">
                      {t("printedAs", { name: model.nameAsPrinted })}
                    </span>
                  ) : null}
                </th>
                <td className="px-3 py-2 align-top">{pick(locale, model.company.nameZh, model.company.nameEn)}</td>
                <td className="px-3 py-2 align-top">{regionName(t, model.region)}</td>
                <td className="px-3 py-2 text-right align-top tabular-nums">
                  <span data-testid="model-params" className={model.paramsB === null ? "text-slate-500" : ""}>
                    {params.text}
                  </span>
                  {params.qualifier ? (
                    <span className="block text-xs text-slate-500" data-testid="model-params-qualifier">
                      {params.qualifier}
                    </span>
                  ) : null}
                </td>
                <td className="px-3 py-2 align-top" data-testid="model-moe">
                  {/* Silence in the note reads muted; a caveat's MoE carries its source's badge. */}
                  <span className={model.moe || moe.source ? "" : "text-slate-500"}>{moe.text}</span>
                  {moe.source ? (
                    <span className="mt-0.5 block">
                      <SourceBadge origin="statement" label={origin("statement")} source={moe.source} />
                    </span>
                  ) : null}
                </td>
                <td className="min-w-56 px-3 py-2 align-top">
                  <ModalityChips
                    inputs={model.inputs}
                    outputs={model.outputs}
                    name={(code) => modalityName(t, code)}
                    labels={{ inputs: t("inputs"), outputs: t("outputs") }}
                  />
                </td>
                <td className="px-3 py-2 align-top">
                  <span
                    className={`rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${model.openWeights ? "bg-emerald-50 text-emerald-800" : "bg-slate-100 text-slate-700"}`}
                  >
                    {model.openWeights ? t("open") : t("closed")}
                  </span>
                </td>
                <td className="px-3 py-2 align-top whitespace-nowrap">{formatYearMonth(model.released, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
