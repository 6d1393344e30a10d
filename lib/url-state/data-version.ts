import { createParser } from "nuqs/server";

import type { UrlNotice } from "./notice";
import { firstValue, type RawSearchParams } from "./search-params";

/**
 * `v=<n>`: the data version a link was made with (lib/db/data-versions.ts). A pinned link shows that
 * version's figures; without it a view shows the current data. Two parsers, as for every view's
 * state: a function on the server (with a notice for a value that is not a version number) and nuqs
 * in the browser, which give the same number for the same text (data-version.test.ts). No zod here:
 * client components import this module, and zod would add ~40 kB gz to every chart view's first load.
 */
export const DATA_VERSION_PARAM = "v";

const VERSION_PATTERN = /^[1-9]\d{0,9}$/;
function versionFromUrl(value: string): number | null {
  const text = value.trim();
  return VERSION_PATTERN.test(text) ? Number(text) : null;
}

/** The link's data version, or null (none, or not a version number: then with a notice). */
export function parseDataVersionParam(raw: RawSearchParams): { version: number | null; notices: UrlNotice[] } {
  const value = firstValue(raw[DATA_VERSION_PARAM]);
  if (value === undefined) return { version: null, notices: [] };
  const version = versionFromUrl(value);
  if (version !== null) return { version, notices: [] };
  return { version: null, notices: [{ key: "dataVersionUnknown", values: { value }, params: [DATA_VERSION_PARAM] }] };
}

/** The nuqs parser of `v`, for client components that read the pinned version from the address bar. */
export const dataVersionParser = createParser<number>({ parse: versionFromUrl, serialize: String });

/** A view's query with `v` last (the version it is pinned to), or unchanged when `version` is null. */
export function withDataVersion(query: string, version: number | null): string {
  if (version === null) return query;
  const search = new URLSearchParams(query);
  search.delete(DATA_VERSION_PARAM);
  search.set(DATA_VERSION_PARAM, String(version));
  return search.toString();
}
