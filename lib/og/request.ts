import { z } from "zod";
import { routing, type AppLocale } from "@/i18n/routing";
import type { RawSearchParams } from "@/lib/url-state/notice";
import { OG_VIEWS, type OgView } from "./views";

const viewSchema = z.enum(OG_VIEWS);
const localeSchema = z.enum(routing.locales).catch(routing.defaultLocale);

/**
 * An Open Graph image request: /api/og/<view>?locale=<zh|en>&<the view's own query>. The view must be
 * known (else null: 404); a missing or unknown locale is the default one, and the view's query goes to
 * the view's own parser, which never throws, so a bad query still gets a picture of the defaults.
 */
export function parseOgRequest(view: string, searchParams: URLSearchParams): { view: OgView; locale: AppLocale; query: RawSearchParams } | null {
  const parsedView = viewSchema.safeParse(view);
  if (!parsedView.success) return null;
  const query: RawSearchParams = {};
  for (const [name, value] of searchParams) {
    if (name === "locale") continue;
    const previous = query[name];
    query[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return { view: parsedView.data, locale: localeSchema.parse(searchParams.get("locale") ?? undefined), query };
}

/** The image's path for a view in a locale and state (the view's own serialized query, "" for defaults). */
export function ogImagePath(view: OgView, locale: AppLocale, query: string): string {
  return `/api/og/${view}?${new URLSearchParams({ locale })}${query ? `&${query}` : ""}`;
}
