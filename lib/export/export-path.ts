import type { AppLocale } from "@/i18n/routing";

/** The file types of the server-built exports and their media types (an SVG is one chart, never a view). */
export const EXPORT_FILE_TYPES = {
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  svg: "image/svg+xml; charset=utf-8",
} as const;
export type ExportFileType = keyof typeof EXPORT_FILE_TYPES;

/** "view" (the deck or workbook of the whole view) or a panel's id ("capex-by-company"). */
const FILE = /^(view|[a-z0-9]+(?:-[a-z0-9]+)*)\.(pptx|xlsx|svg)$/;

/** An export's file segment as understood ("capex-by-company.pptx" → panel and type), or null. */
export function parseExportFile(file: string): { panel: string; type: ExportFileType } | null {
  const match = FILE.exec(file);
  return match ? { panel: match[1]!, type: match[2] as ExportFileType } : null;
}

/**
 * The link to a view's export for a state: /api/export/<view>/<panel|view>.<pptx|xlsx|svg>?locale=…&<the
 * view's query>. The query is the one the page's Copy link uses, so the file shows the address bar's
 * state; the server canonicalises it. Plain links: no client code builds the files.
 */
export function exportHref(
  view: string,
  panel: string,
  type: ExportFileType,
  locale: AppLocale,
  query: string,
): string {
  return `/api/export/${view}/${panel}.${type}?${new URLSearchParams({ locale })}${query ? `&${query}` : ""}`;
}
