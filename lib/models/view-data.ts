import "server-only";

import { getTranslations } from "next-intl/server";
import { cache } from "react";

import type { AppLocale } from "@/i18n/routing";
import { countModels, findModels, listModelCompanies } from "@/lib/db/models";
import { isEmbedQuery } from "@/lib/embed/embed-mode";
import type { RawSearchParams } from "@/lib/url-state/search-params";

import { parseModelsQuery } from "./params";
import { describeActiveFilters } from "./words";

/**
 * What the Models view derives from its URL, shared by the page, its metadata and its Open Graph image.
 * Derived once per request (React cache: Next hands the page and generateMetadata the same query object).
 */
export const loadModelsView = cache(async (raw: RawSearchParams, locale: AppLocale) => {
  const [t, companies, total] = await Promise.all([
    getTranslations({ locale, namespace: "Models" }),
    listModelCompanies(),
    countModels(),
  ]);
  // ?embed=1 switches the presentation (lib/embed); it is not a Models parameter, so no notice about it.
  const { embed: _embed, ...query } = raw;
  const { state, notices } = parseModelsQuery(isEmbedQuery(raw) ? query : raw, {
    companySlugs: companies.map((company) => company.slug),
  });
  const models = await findModels(state, locale);
  return { t, state, notices, companies, total, models, filters: describeActiveFilters(t, state, locale, companies) };
});
