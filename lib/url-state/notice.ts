import type { Messages } from "next-intl";

/**
 * Something a deep link got wrong, as a message key under the "Notices" namespace plus its values;
 * pages translate notices and hand the strings to <NoticeList>.
 */
export type UrlNotice = { key: keyof Messages["Notices"]; values?: Record<string, string | number> };

/** A page's searchParams as Next.js gives them. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The first value of a possibly repeated query parameter. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** How many notices a page lists; a link with more (e.g. hundreds of unknown parameters) gets "and N more". */
export const MAX_SHOWN_NOTICES = 5;

/** The notices a page lists and how many it leaves out. */
export function capNotices<T>(notices: readonly T[], max = MAX_SHOWN_NOTICES): { shown: T[]; hidden: number } {
  return { shown: notices.slice(0, max), hidden: Math.max(0, notices.length - max) };
}
