import { apiRoute } from "@/lib/api/handler";
import { ApiProblem } from "@/lib/api/problem";
import { listAuditEntries } from "@/lib/db/audit";

export const dynamic = "force-dynamic";

/** The audit log is for editors only: it authorises like a write. `?limit=` 1–500 (default 100). */
export const GET = apiRoute({ write: true }, async ({ request }) => {
  const raw = new URL(request.url).searchParams.get("limit") ?? "100";
  const limit = Number(raw);
  if (!/^\d{1,3}$/.test(raw) || limit < 1 || limit > 500) {
    throw new ApiProblem(400, "bad-query", "Invalid query", "limit must be a whole number from 1 to 500.", {
      errors: [{ field: "limit", message: "1 to 500" }],
    });
  }
  return Response.json({ entries: await listAuditEntries(limit) }, { headers: { "Cache-Control": "no-store" } });
});
