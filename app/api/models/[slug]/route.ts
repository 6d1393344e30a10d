import { apiRoute, readJsonBody, requiredVersion, validate, versionedJson } from "@/lib/api/handler";
import { ApiProblem } from "@/lib/api/problem";
import { deleteModel, updateModel } from "@/lib/db/model-writes";
import { findModelResource } from "@/lib/db/models";
import { editableModelFields } from "@/lib/db/resources";
import { VersionConflictError } from "@/lib/db/write-errors";
import { withMoeStatus } from "@/lib/models/disclosure";
import { modelPatchSchema, modelUpdateSchema } from "@/lib/validations/model";

export const dynamic = "force-dynamic";

type Params = { slug: string };

async function existingModel(slug: string) {
  const model = await findModelResource(slug);
  if (!model) throw new ApiProblem(404, "not-found", "Not found", `No model has the slug "${slug}".`);
  return model;
}

export const GET = apiRoute<Params>({ write: false }, async ({ params }) =>
  versionedJson(withMoeStatus(await existingModel(params.slug))),
);

export const PUT = apiRoute<Params>({ write: true }, async ({ request, params, actor }) => {
  const version = requiredVersion(request);
  const input = await readJsonBody(request, modelUpdateSchema);
  return versionedJson(await updateModel(params.slug, version, input, actor));
});

export const PATCH = apiRoute<Params>({ write: true }, async ({ request, params, actor }) => {
  const version = requiredVersion(request);
  const patch = await readJsonBody(request, modelPatchSchema);
  const current = await existingModel(params.slug);
  if (current.version !== version) throw new VersionConflictError(current.version);
  const input = validate(modelUpdateSchema, { ...editableModelFields(current), ...patch });
  return versionedJson(await updateModel(params.slug, version, input, actor));
});

export const DELETE = apiRoute<Params>({ write: true }, async ({ request, params, actor }) => {
  const version = requiredVersion(request);
  await deleteModel(params.slug, version, actor);
  return new Response(null, { status: 204 });
});
