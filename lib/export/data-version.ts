import { DATA_VERSION_PARAM } from "@/lib/url-state/data-version";

/**
 * The one place exports learn the data version they were made with (Copy link, embed code, the PNG's
 * link line, the CSV's closing lines; other formats, e.g. decks and workbooks, call the same two
 * functions): so a file or link made today still names the figures it showed after an edit.
 */
export type DataVersionStamp = { version: number; text: string; labels: { version: string; link: string } };

/** The shared link pinned to the version (`v=` last), or unchanged without one. */
export function pinnedUrl(url: string, stamp: DataVersionStamp | null): string {
  if (!stamp) return url;
  const pinned = new URL(url);
  pinned.searchParams.delete(DATA_VERSION_PARAM);
  pinned.searchParams.set(DATA_VERSION_PARAM, String(stamp.version));
  return pinned.toString();
}

/** The label/value lines an export closes with: the data version, and the pinned link that shows it again. */
export function dataVersionLines(stamp: DataVersionStamp | null, url: string): [string, string][] {
  if (!stamp) return [];
  return [
    [stamp.labels.version, stamp.text],
    [stamp.labels.link, pinnedUrl(url, stamp)],
  ];
}
