/** Parameters that shape how a page is shown, not what it shows: a shared link leaves them out. */
const PRESENTATION_PARAMS = ["embed", "panel", "theme"];
/** Parameters no view's own query carries but a shared link keeps: Chart | Table (components/charts/chart-panel.tsx). */
const KEPT_FROM_ADDRESS = ["table"];

/**
 * The link to share for the page at `href`: without ?embed=1 (a colleague should get the full view),
 * and with `query` as its query when given (a view whose address bar lags its state passes its own),
 * plus the address bar's ?table=.
 */
export function shareableUrl(href: string, query?: string): string {
  const url = new URL(href);
  if (query !== undefined) {
    // The view's query says its state; which panels show their table is the address bar's.
    const kept = KEPT_FROM_ADDRESS.flatMap((name) => url.searchParams.getAll(name).map((value) => [name, value]));
    url.search = query;
    for (const [name, value] of kept) url.searchParams.append(name!, value!);
  }
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

/** The shared link in embed mode (?embed=1 last, then the one chart panel it shows): the chart alone, for an iframe. */
export function embedUrl(sharedUrl: string, panel?: string): string {
  const url = new URL(sharedUrl);
  url.searchParams.set("embed", "1");
  if (panel) url.searchParams.set("panel", panel);
  return url.toString();
}

/** The script on the app's origin that sizes embeds to their content (public/embed.js). */
export const EMBED_SCRIPT_PATH = "/embed.js";

/**
 * The snippet that embeds one chart panel of a view in another page (an intranet wiki, a portal):
 * a full-width iframe, titled for screen readers, loaded when scrolled into view, `height` CSS px
 * tall until the embed reports its height, and the app's resize script (an external file, so a host
 * page whose CSP allows scripts from the app's origin runs it without 'unsafe-inline').
 */
export function embedSnippet({
  url,
  title,
  height,
  panel,
}: {
  url: string;
  title: string;
  height: number;
  panel?: string;
}): string {
  const script = new URL(EMBED_SCRIPT_PATH, url).toString();
  return `<iframe src="${escapeHtml(embedUrl(url, panel))}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy" data-capex-lens-embed></iframe>\n<script src="${escapeHtml(script)}" async></script>`;
}
