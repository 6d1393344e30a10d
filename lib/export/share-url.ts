/** Parameters that shape how a page is shown, not what it shows: a shared link leaves them out. */
const PRESENTATION_PARAMS = ["embed"];

/**
 * The link to share for the page at `href`: without ?embed=1 (a colleague should get the full view),
 * and with `query` as its query when given (a view whose address bar lags its state passes its own).
 */
export function shareableUrl(href: string, query?: string): string {
  const url = new URL(href);
  if (query !== undefined) url.search = query;
  for (const name of PRESENTATION_PARAMS) url.searchParams.delete(name);
  url.hash = "";
  return url.toString();
}

/** What "Copy link" puts on the clipboard: "title — URL", so a pasted link says what it shows. */
export function titledLink(title: string, url: string): string {
  return `${title} — ${url}`;
}
