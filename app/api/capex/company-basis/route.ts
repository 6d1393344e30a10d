import { apiRoute } from "@/lib/api/handler";
import { listCompanyBasisResources } from "@/lib/db/capex";
import { apiRowFigure } from "@/lib/figures/derived-amounts";

export const dynamic = "force-dynamic";

/**
 * Amounts on each company's own basis: the dated plan statements (the 2025 path, the 2026 plans and
 * their revisions; `kind: "plan"`) and what companies reported on that basis (`kind: "actual"`).
 * Kept apart from /api/capex's like-for-like figures: never add the two together.
 */
export const GET = apiRoute({ write: false }, async () => {
  // Each row with its figure's origin, basis and inputs from the figure table (Microsoft's 88.2 is computed).
  const amounts = (await listCompanyBasisResources()).map((row) => ({
    ...row,
    figure: apiRowFigure({ table: "company-basis", ...row }),
  }));
  return Response.json(
    { count: amounts.length, capexCompanyBasis: amounts },
    { headers: { "Cache-Control": "no-store" } },
  );
});
