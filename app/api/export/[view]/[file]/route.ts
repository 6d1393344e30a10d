import type { NextRequest } from "next/server";

import type { ChartExportPanel } from "@/components/exports/native-chart";
import { panelSvg } from "@/components/exports/panel-svg";
import { EXPORT_VIEWS, loadExportDocument, type ExportView } from "@/components/exports/view-exports";
import { parseCapexQuery } from "@/lib/capex/params";
import { EXPORT_FILE_TYPES, parseExportFile } from "@/lib/export/export-path";
import type { ExportDocument } from "@/lib/export/model";
import { panelPptx, viewPptx } from "@/lib/export/pptx";
import { panelXlsx, viewXlsx } from "@/lib/export/xlsx";
import { parseModelsQuery } from "@/lib/models/params";
import { boundedRenderer } from "@/lib/og/bounded-render";
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
// A deck is ~60-120 kB, a workbook ~10-20 kB, an SVG ~40-60 kB: a few hundred distinct states per process.
const files = boundedRenderer<{ body: Buffer; name: string; byteLength: number }>({
  maxBytes: 32 * 1024 * 1024,
  maxAgeSeconds: 300,
  busy: "Too many exports are being built",
});

const BUILDERS = {
  pptx: { panel: panelPptx, view: viewPptx },
  xlsx: { panel: panelXlsx, view: viewXlsx },
  // An SVG is one chart: a view has none of its own.
  svg: {
    panel: async (doc: ExportDocument<ChartExportPanel>, panel: ChartExportPanel) => panelSvg(doc, panel),
    view: null,
  },
} as const;

async function build(
  view: ExportView,
  file: NonNullable<ReturnType<typeof parseExportFile>>,
  locale: "zh" | "en",
  query: string,
) {
  const builders = BUILDERS[file.type];
  if (file.panel === "view" && !builders.view) return null;
  const doc = await loadExportDocument(view, rawParams(new URLSearchParams(query)), locale);
  if (file.panel === "view") return { body: await builders.view!(doc), name: doc.fileBase };
  const panel = doc.panels.find((candidate) => candidate.id === file.panel);
  if (!panel) return null;
  return { body: await builders.panel(doc, panel), name: panel.fileBase };
}

/**
 * A view's PowerPoint, Excel or SVG export for the state in the query:
 * /api/export/capex/view.pptx?locale=zh&preset=guidance (the deck), …/capex-by-company.xlsx (one panel),
 * …/capex-by-company.svg (one chart).
 * As the link previews: the query is canonicalised by the view's own parser and serializer (any other
 * spelling is redirected to the canonical URL), the file is built once and kept in memory, builds
 * wait in a short line and past it the answer is 503 with Retry-After (lib/og/bounded-render.ts). A bad query gets the view's
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
  return files.respond(
    asked,
    path,
    async () => {
      const built = await build(
        view as ExportView,
        file,
        parsed.locale,
        misread ? request.nextUrl.search : parsed.query,
      );
      return built && { ...built, byteLength: built.body.byteLength };
    },
    (built) =>
      new Response(new Uint8Array(built.body), {
        headers: {
          "Content-Type": EXPORT_FILE_TYPES[file.type],
          "Content-Disposition": `attachment; filename="${built.name}.${file.type}"`,
          "Cache-Control": files.cacheControl,
          // An SVG is a document a browser may open: nothing in it runs or loads (its text is escaped).
          ...(file.type === "svg"
            ? { "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'" }
            : {}),
        },
      }),
  );
}
