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
