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

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * "Copy link"'s rich-text twin (text/html): the title as a link, for apps that paste rich text
 * (mail, documents, chat); the plain text is the bare URL, which works pasted into an address bar.
 */
export function linkAsHtml(title: string, url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`;
}

/** The shared link in embed mode (?embed=1 last): the chart alone, for an iframe. */
export function embedUrl(sharedUrl: string): string {
  const url = new URL(sharedUrl);
  url.searchParams.set("embed", "1");
  return url.toString();
}

/**
 * The iframe snippet that embeds a view's chart(s) in another page (an intranet wiki, a portal):
 * full width, `height` CSS px tall, titled for screen readers, loaded when scrolled into view.
 */
export function embedSnippet({ url, title, height }: { url: string; title: string; height: number }): string {
  return `<iframe src="${escapeHtml(embedUrl(url))}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy"></iframe>`;
}
