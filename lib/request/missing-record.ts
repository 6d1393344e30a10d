import { isSavedScenarioId } from "@/lib/url-state/scenario-id";
import type { AppLocale } from "@/lib/vocabulary";

/** A page that shows one record: a model (/zh/models/<slug>) or a saved scenario's short link (/en/s/<id>). */
export type RecordPath = { locale: AppLocale; kind: "model" | "scenario"; key: string };

export function recordPath(pathname: string): RecordPath | null {
  const match = /^\/(zh|en)\/(models|s)\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  const [, locale, segment, raw] = match as unknown as [string, AppLocale, string, string];
  let key: string;
  try {
    key = decodeURIComponent(raw);
  } catch {
    key = raw;
  }
  return { locale, kind: segment === "models" ? "model" : "scenario", key };
}

export type RecordLookups = {
  modelExists: (slug: string) => Promise<boolean>;
  scenarioExists: (id: string) => Promise<boolean>;
};

/**
 * The locale of a record page whose record does not exist, else null. The proxy answers those with the
 * server-rendered 404 (app/global-not-found.tsx): notFound() thrown by the page itself would be drawn in
 * the browser only (vercel/next.js#62228). A lookup that fails lets the request through, to the page and
 * its own error handling. A short id of the wrong shape needs no lookup.
 */
export async function missingRecordLocale(pathname: string, lookups: RecordLookups): Promise<AppLocale | null> {
  const path = recordPath(pathname);
  if (!path) return null;
  try {
    const exists =
      path.kind === "model"
        ? await lookups.modelExists(path.key)
        : isSavedScenarioId(path.key) && (await lookups.scenarioExists(path.key));
    return exists ? null : path.locale;
  } catch {
    return null;
  }
}
