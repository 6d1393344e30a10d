import type { NextRequest } from "next/server";

import { EXPORT_VIEWS, loadExportDocument, type ExportView } from "@/components/exports/view-exports";
import { parseCapexQuery } from "@/lib/capex/params";
import { EXPORT_FILE_TYPES, parseExportFile } from "@/lib/export/export-path";
import { panelPptx, viewPptx } from "@/lib/export/pptx";
import { panelXlsx, viewXlsx } from "@/lib/export/xlsx";
import { parseModelsQuery } from "@/lib/models/params";
import { ImageCache } from "@/lib/og/image-cache";
import { QueueFullError, RenderQueue } from "@/lib/og/render-queue";
import { parseOgRequest, pathWithViewQuery } from "@/lib/og/request";
import { parseTrainingQuery } from "@/lib/training/params";
import { DATA_VERSION_PARAM } from "@/lib/url-state/data-version";
import type { RawSearchParams } from "@/lib/url-state/search-params";

export const dynamic = "force-dynamic";

/** The query as the views' parsers take it (repeated names as lists), without the locale. */
function rawParams(search: URLSearchParams): RawSearchParams {
  const raw: RawSearchParams = {};
  for (const [name, value] of search) {
    if (name === "locale") continue;
    const previous = raw[name];
    raw[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return raw;
}

function hasNotices(view: ExportView, search: URLSearchParams): boolean {
  // `v=` pins the data version (the parsers below read the view's state alone; a bad one is redirected away).
  const { [DATA_VERSION_PARAM]: _version, ...raw } = rawParams(search);
  const parse = { capex: parseCapexQuery, models: parseModelsQuery, training: parseTrainingQuery }[view];
  return parse(raw).notices.length > 0;
}

// The files follow the data (admins edit it), as the link previews do: kept briefly, here and in caches.
const MAX_AGE_SECONDS = 300;
// A deck is ~60-120 kB, a workbook ~10-20 kB: a few hundred distinct states per process.
const files = new ImageCache<{ body: Buffer; name: string; byteLength: number }>(
  32 * 1024 * 1024,
  MAX_AGE_SECONDS * 1000,
);
// One file built at a time (zipping holds the main thread), a short line behind it, then 503.
const builds = new RenderQueue(1, 4);
const RETRY_AFTER_SECONDS = 5;

async function build(
  view: ExportView,
  file: NonNullable<ReturnType<typeof parseExportFile>>,
  locale: "zh" | "en",
  query: string,
) {
  const doc = await loadExportDocument(view, rawParams(new URLSearchParams(query)), locale);
  if (file.panel === "view") {
    return { body: await (file.type === "pptx" ? viewPptx(doc) : viewXlsx(doc)), name: doc.fileBase };
  }
  const panel = doc.panels.find((candidate) => candidate.id === file.panel);
  if (!panel) return null;
  return { body: await (file.type === "pptx" ? panelPptx(doc, panel) : panelXlsx(doc, panel)), name: panel.fileBase };
}

/**
 * A view's PowerPoint or Excel export for the state in the query:
 * /api/export/capex/view.pptx?locale=zh&preset=guidance (the deck), …/capex-by-company.xlsx (one panel).
 * As the link previews: the query is canonicalised by the view's own parser and serializer (any other
 * spelling is redirected to the canonical URL), the file is built once and kept in memory, builds
 * wait in a short line and past it the answer is 503 with Retry-After. A bad query gets the view's
 * defaults, with the view's notices in the file; never a 500 for a client's mistake.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ view: string; file: string }> }) {
  const { view, file: fileName } = await params;
  const file = parseExportFile(fileName);
  const parsed = (EXPORT_VIEWS as readonly string[]).includes(view)
    ? parseOgRequest(view, request.nextUrl.searchParams)
    : null;
  if (!parsed || !file) return new Response("Unknown export", { status: 404 });
  const canonical = pathWithViewQuery(`/api/export/${view}/${fileName}`, parsed.locale, parsed.query);
  const asked = request.nextUrl.pathname + request.nextUrl.search;
  // A link the view has notices for is answered as it is, so the file can say what was not understood.
  const misread = hasNotices(view as ExportView, request.nextUrl.searchParams);
  const path = misread ? asked : canonical;
  if (asked !== path) {
    return new Response(null, {
      status: 308,
      headers: { Location: path, "Cache-Control": `public, max-age=${MAX_AGE_SECONDS}` },
    });
  }
  let cached = files.get(path);
  if (!cached) {
    try {
      const built = await builds.run(
        async () =>
          files.get(path) ??
          (await build(view as ExportView, file, parsed.locale, misread ? request.nextUrl.search : parsed.query)),
      );
      if (!built) return new Response("Unknown panel", { status: 404 });
      cached = { ...built, byteLength: built.body.byteLength };
    } catch (error) {
      if (!(error instanceof QueueFullError)) throw error;
      return Response.json(
        {
          type: "urn:ai-capex-lens:problem:busy",
          title: "Busy",
          status: 503,
          detail: "Too many exports are being built; try again shortly.",
        },
        {
          status: 503,
          headers: {
            "Content-Type": "application/problem+json",
            "Retry-After": String(RETRY_AFTER_SECONDS),
            "Cache-Control": "no-store",
          },
        },
      );
    }
    files.set(path, cached);
  }
  return new Response(new Uint8Array(cached.body), {
    headers: {
      "Content-Type": EXPORT_FILE_TYPES[file.type],
      "Content-Disposition": `attachment; filename="${cached.name}.${file.type}"`,
      "Cache-Control": `public, max-age=${MAX_AGE_SECONDS}`,
    },
  });
}
