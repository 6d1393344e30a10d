import { apiRoute, readJsonBody, versionedJson } from "@/lib/api/handler";
import { listModelResources } from "@/lib/db/model-reads";
import { createModel } from "@/lib/db/model-writes";
import { modelCreateSchema } from "@/lib/validations/model";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ write: false }, async () => {
  const models = await listModelResources();
  return Response.json({ count: models.length, models }, { headers: { "Cache-Control": "no-store" } });
});

export const POST = apiRoute({ write: true }, async ({ request, actor }) => {
  const input = await readJsonBody(request, modelCreateSchema);
  const created = await createModel(input, actor);
  return versionedJson(created, 201);
});
