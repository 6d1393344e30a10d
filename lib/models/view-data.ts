import "server-only";

import { getTranslations } from "next-intl/server";
import { cache } from "react";

import type { AppLocale } from "@/i18n/routing";
import { countModels, findModels, listModelCompanies } from "@/lib/db/models";
import { resolveDataVersion } from "@/lib/db/pinned-data";
import { isEmbedQuery } from "@/lib/embed/embed-mode";
import { DATA_VERSION_PARAM, parseDataVersionParam } from "@/lib/url-state/data-version";
import type { RawSearchParams } from "@/lib/url-state/search-params";

import { parseModelsQuery } from "./params";
import { describeActiveFilters } from "./words";

/**
 * What the Models view derives from its URL, shared by the page, its metadata and its Open Graph image.
 * Derived once per request (React cache: Next hands the page and generateMetadata the same query object).
 * A link with `v=` shows the models as they were at that data version (lib/db/pinned-data.ts); an
 * unknown version shows the current ones, with a notice.
 */
export const loadModelsView = cache(async (raw: RawSearchParams, locale: AppLocale) => {
  // ?embed=1 switches the presentation (lib/embed) and ?v= pins the data: neither is a Models
  // parameter, so the Models parser gives no notice about them.
  const { embed: _embed, [DATA_VERSION_PARAM]: _version, ...query } = raw;
  const requested = parseDataVersionParam(raw);
  const pin = await resolveDataVersion(requested.version, "models");
  const version = pin.pinned?.version ?? null;
  const [t, companies, total] = await Promise.all([
    getTranslations({ locale, namespace: "Models" }),
    listModelCompanies(version),
    countModels(version),
  ]);
  const { state, notices } = parseModelsQuery(isEmbedQuery(raw) ? query : { ...query, embed: raw.embed }, {
    companySlugs: companies.map((company) => company.slug),
  });
  notices.push(...requested.notices);
  if (pin.unknown !== null)
    notices.push({ key: "dataVersionUnknown", values: { value: pin.unknown }, params: [DATA_VERSION_PARAM] });
  const models = await findModels(state, locale, version);
  return {
    t,
    state,
    notices,
    /** The data version the view shows (pinned) or would be pinned to (current), lib/db/pinned-data.ts. */
    pin,
    companies,
    total,
    models,
    filters: describeActiveFilters(t, state, locale, companies),
  };
});
