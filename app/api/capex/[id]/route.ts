import { apiRoute, readJsonBody, requiredVersion, validate, versionedJson } from "@/lib/api/handler";
import { ApiProblem } from "@/lib/api/problem";
import { findCapexFigureResource } from "@/lib/db/capex";
import { deleteCapexFigure, updateCapexFigure } from "@/lib/db/capex-writes";
import { editableCapexFields } from "@/lib/db/resources";
import { VersionConflictError } from "@/lib/db/write-errors";
import { capexFigurePatchSchema, capexFigureSchema } from "@/lib/validations/capex-figure";

export const dynamic = "force-dynamic";

type Params = { id: string };

function figureId(raw: string): number {
  if (!/^[1-9]\d{0,8}$/.test(raw))
    throw new ApiProblem(404, "not-found", "Not found", `No capex figure has the id "${raw}".`);
  return Number(raw);
}

async function existingFigure(id: number) {
  const figure = await findCapexFigureResource(id);
  if (!figure) throw new ApiProblem(404, "not-found", "Not found", `No capex figure has the id ${id}.`);
  return figure;
}

export const GET = apiRoute<Params>({ write: false }, async ({ params }) =>
  versionedJson(await existingFigure(figureId(params.id))),
);

export const PUT = apiRoute<Params>({ write: true }, async ({ request, params, actor }) => {
  const id = figureId(params.id);
  const version = requiredVersion(request);
  const input = await readJsonBody(request, capexFigureSchema);
  return versionedJson(await updateCapexFigure(id, version, input, actor));
});

export const PATCH = apiRoute<Params>({ write: true }, async ({ request, params, actor }) => {
  const id = figureId(params.id);
  const version = requiredVersion(request);
  const patch = await readJsonBody(request, capexFigurePatchSchema);
  const current = await existingFigure(id);
  if (current.version !== version) throw new VersionConflictError(current.version);
  const input = validate(capexFigureSchema, { ...editableCapexFields(current), ...patch });
  return versionedJson(await updateCapexFigure(id, version, input, actor));
});

export const DELETE = apiRoute<Params>({ write: true }, async ({ request, params, actor }) => {
  const id = figureId(params.id);
  const version = requiredVersion(request);
  await deleteCapexFigure(id, version, actor);
  return new Response(null, { status: 204 });
});
