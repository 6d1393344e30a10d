import type { Messages } from "next-intl";

import type { RawSearchParams } from "./search-params";

/**
 * Something a deep link got wrong, as a message key under the "Notices" namespace plus its values,
 * and the query parameters it is about (so the screen can drop it once the user fixes them).
 */
export type UrlNotice = {
  key: keyof Messages["Notices"];
  values?: Record<string, string | number>;
  params: readonly string[];
};

/**
 * A notice as the page hands it to the screen: its text, and the raw values of its parameters in the
 * link that caused it. It stays on screen while the address bar still holds exactly those values.
 */
export type ShownNotice = { text: string; query: Record<string, string[]> };

/** How many notices a page lists; a link with more (e.g. hundreds of unknown parameters) gets "and N more". */
export const MAX_SHOWN_NOTICES = 5;

/** The notices a page lists and how many it leaves out. */
export function capNotices<T>(notices: readonly T[], max = MAX_SHOWN_NOTICES): { shown: T[]; hidden: number } {
  return { shown: notices.slice(0, max), hidden: Math.max(0, notices.length - max) };
}

function allValues(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Pairs each notice with its text and the raw values of its parameters in `raw`. */
export function shownNotices(
  notices: UrlNotice[],
  raw: RawSearchParams,
  text: (notice: UrlNotice) => string,
): ShownNotice[] {
  return notices.map((notice) => ({
    text: text(notice),
    query: Object.fromEntries(notice.params.map((param) => [param, allValues(raw[param])])),
  }));
}

/** Whether a notice still describes the URL: each of its parameters has the values it was about. */
export function isNoticeCurrent(notice: ShownNotice, search: URLSearchParams): boolean {
  return Object.entries(notice.query).every(([param, values]) => {
    const current = search.getAll(param);
    return current.length === values.length && current.every((value, index) => value === values[index]);
  });
}
