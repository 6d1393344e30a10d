import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { importDocument } from "@/lib/db/transfer";
import { importDocumentSchema } from "@/lib/validations/import-document";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ write: true, channel: "import" }, async ({ request, actor }) => {
  const document = await readJsonBody(request, importDocumentSchema);
  const summary = await importDocument(document, actor);
  return Response.json({ imported: true, ...summary }, { headers: { "Cache-Control": "no-store" } });
});
