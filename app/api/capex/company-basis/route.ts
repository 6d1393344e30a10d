import { apiRoute } from "@/lib/api/handler";
import { listCompanyBasisResources } from "@/lib/db/capex";

export const dynamic = "force-dynamic";

/**
 * Amounts on each company's own basis: the dated plan statements (the 2025 path, the 2026 plans and
 * their revisions; `kind: "plan"`) and what companies reported on that basis (`kind: "actual"`).
 * Kept apart from /api/capex's like-for-like figures: never add the two together.
 */
export const GET = apiRoute({ write: false }, async () => {
  const amounts = await listCompanyBasisResources();
  return Response.json(
    { count: amounts.length, capexCompanyBasis: amounts },
    { headers: { "Cache-Control": "no-store" } },
  );
});
