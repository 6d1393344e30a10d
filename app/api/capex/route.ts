import { apiRoute, readJsonBody, versionedJson } from "@/lib/api/handler";
import { listCapexFigureResources } from "@/lib/db/capex";
import { createCapexFigure } from "@/lib/db/capex-writes";
import { apiRowFigure } from "@/lib/figures/derived-amounts";
import { capexFigureSchema } from "@/lib/validations/capex-figure";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ write: false }, async () => {
  // Each row with its figure's origin, basis and inputs from the figure table (Amazon's 105 is computed).
  const figures = (await listCapexFigureResources()).map((row) => ({
    ...row,
    figure: apiRowFigure({ table: "capex", ...row }),
  }));
  return Response.json({ count: figures.length, capexFigures: figures }, { headers: { "Cache-Control": "no-store" } });
});

export const POST = apiRoute({ write: true }, async ({ request, actor }) => {
  const input = await readJsonBody(request, capexFigureSchema);
  return versionedJson(await createCapexFigure(input, actor), 201);
});
