import { z } from "zod";

import { routing, type AppLocale } from "@/i18n/routing";
import { parseCapexQuery, serializeCapexQuery } from "@/lib/capex/params";
import { parseModelsQuery, serializeModelsQuery } from "@/lib/models/params";
import { parseTrainingQuery, serializeTrainingQuery } from "@/lib/training/params";
import { parseDataVersionParam, withDataVersion } from "@/lib/url-state/data-version";
import { firstValue, type RawSearchParams } from "@/lib/url-state/search-params";

import { OG_PREVIEWS, type OgPreview } from "./views";

const viewSchema = z.enum(OG_PREVIEWS);
const localeSchema = z.enum(routing.locales).catch(routing.defaultLocale);

/** An Open Graph image request as understood: the view, its locale and its state as the view's own canonical query. */
export type OgRequest = { view: OgPreview; locale: AppLocale; query: string };

/**
 * An Open Graph image request: /api/og/<view>?locale=<zh|en>&<the view's own query>. The view must be
 * known (else null: 404); a missing or unknown locale is the default one. The rest goes through the
 * view's own parser and serializer, as on the page: unknown parameters and values are dropped,
 * values normalised, defaults omitted, so every way of asking for one picture names it the same way.
 */
export function parseOgRequest(view: string, searchParams: URLSearchParams): OgRequest | null {
  const parsedView = viewSchema.safeParse(view);
  if (!parsedView.success) return null;
  const raw: RawSearchParams = {};
  for (const [name, value] of searchParams) {
    if (name === "locale") continue;
    const previous = raw[name];
    raw[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return {
    view: parsedView.data,
    locale: localeSchema.parse(searchParams.get("locale") ?? undefined),
    query: canonicalViewQuery(parsedView.data, raw),
  };
}

/** A model's slug as the app makes them (lib/slug.ts), else null: the preview of no model. */
const MODEL_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export function modelSlugParam(raw: RawSearchParams): string | null {
  const slug = firstValue(raw.slug)?.trim();
  return slug && slug.length <= 100 && MODEL_SLUG.test(slug) ? slug : null;
}

function canonicalViewQuery(view: OgPreview, raw: RawSearchParams): string {
  // A pinned link's card shows its version's figures (lib/db/pinned-data.ts).
  const version = parseDataVersionParam(raw).version;
  switch (view) {
    case "summary":
      return "";
    case "models":
      return withDataVersion(serializeModelsQuery(parseModelsQuery(raw).state), version);
    case "capex":
      return withDataVersion(serializeCapexQuery(parseCapexQuery(raw).state), version);
    case "training":
      return withDataVersion(serializeTrainingQuery(parseTrainingQuery(raw).state), version);
    case "model": {
      // The model's card shows the model alone: the list state its page carries for "back" is not on it.
      const slug = modelSlugParam(raw);
      return withDataVersion(slug ? new URLSearchParams({ slug }).toString() : "", version);
    }
  }
}

/** A path with ?locale= and a view's serialized query after it ("" for defaults), as a browser sends it. */
export function pathWithViewQuery(pathname: string, locale: AppLocale, query: string): string {
  const path = `${pathname}?${new URLSearchParams({ locale })}${query ? `&${query}` : ""}`;
  // The views' serializers leave non-ASCII readable (?q=深度); a Location header and the cache key need
  // it percent-encoded, as a browser sends it: the URL parser does exactly that and nothing more.
  const url = new URL(path, "http://x");
  return url.pathname + url.search;
}

/** The image's path for a view in a locale and state (the view's own serialized query, "" for defaults). */
export function ogImagePath(view: OgPreview, locale: AppLocale, query: string): string {
  return pathWithViewQuery(`/api/og/${view}`, locale, query);
}

/** The path of the request as understood: where a request for the same picture by another name is redirected. */
export function canonicalOgPath(request: OgRequest): string {
  return ogImagePath(request.view, request.locale, request.query);
}
