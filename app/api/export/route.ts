import { apiRoute } from "@/lib/api/handler";
import { exportDocument } from "@/lib/db/transfer";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ write: false }, async () => {
  const document = await exportDocument();
  return Response.json(document, {
    headers: {
      "Cache-Control": "no-store",
      "Content-Disposition": `inline; filename="ai-capex-lens-${document.exportedAt.slice(0, 10)}.json"`,
    },
  });
});
