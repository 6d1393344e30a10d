import { getTranslations } from "next-intl/server";

import { apiRoute, readJsonBody, versionedJson } from "@/lib/api/handler";
import { ApiProblem } from "@/lib/api/problem";
import { createModel } from "@/lib/db/model-writes";
import { listModels } from "@/lib/db/models";
import { toModelResource } from "@/lib/db/resources";
import { withMoeStatus } from "@/lib/models/disclosure";
import { parseModelsQuery, serializeModelsQuery } from "@/lib/models/params";
import { applyModelsQuery, modelCompanies } from "@/lib/models/query";
import type { UrlNotice } from "@/lib/url-state/notice";
import type { RawSearchParams } from "@/lib/url-state/search-params";
import { modelCreateSchema } from "@/lib/validations/model";

export const dynamic = "force-dynamic";

function rawQuery(url: URL): RawSearchParams {
  const raw: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    raw[name] = values.length === 1 ? values[0]! : values;
  }
  return raw;
}

/** The parameter a Models-view notice is about, for the problem's field errors. */
function noticeField(notice: UrlNotice): string {
  if (notice.key === "modelsUnknownCompany") return "company";
  if (notice.key === "modelsRangeSwapped") return "from";
  return String(notice.values?.param ?? "(query)");
}

/**
 * The Models view's filters and sort (README "Deep links"), parsed by the view's own parser. The view
 * forgives a bad link with a notice; an API client gets 400 with the same messages instead, so a
 * typo never silently returns the wrong rows.
 */
export const GET = apiRoute({ write: false }, async ({ request }) => {
  // One read: the company filter's choices come from the same rows (React cache does not span a route handler).
  const all = await listModels();
  const { state, notices } = parseModelsQuery(rawQuery(new URL(request.url)), {
    companySlugs: modelCompanies(all).map((c) => c.slug),
  });
  if (notices.length > 0) {
    const t = await getTranslations({ locale: "en", namespace: "Notices" });
    throw new ApiProblem(
      400,
      "bad-query",
      "Invalid query",
      "Some query parameters are not Models-view filters or have invalid values.",
      {
        errors: notices.map((notice) => ({
          field: noticeField(notice),
          message: t(notice.key as Parameters<typeof t>[0], notice.values),
        })),
      },
    );
  }
  const models = applyModelsQuery(all, state, "en").map((row) => withMoeStatus(toModelResource(row)));
  return Response.json(
    { count: models.length, query: serializeModelsQuery(state), models },
    { headers: { "Cache-Control": "no-store" } },
  );
});

export const POST = apiRoute({ write: true }, async ({ request, actor }) => {
  const input = await readJsonBody(request, modelCreateSchema);
  const created = await createModel(input, actor);
  return versionedJson(created, 201);
});
