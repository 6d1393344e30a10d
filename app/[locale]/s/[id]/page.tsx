import { notFound, redirect } from "next/navigation";

import { resolveLocale } from "@/i18n/locale";
import { parseCapexQuery, serializeCapexQuery } from "@/lib/capex/params";
import { getSavedScenario } from "@/lib/db/scenarios";
import { withDataVersion } from "@/lib/url-state/data-version";
import { isSavedScenarioId } from "@/lib/url-state/scenario-id";

export const dynamic = "force-dynamic";

/** A saved scenario's short link (/s/<id>; the proxy adds the viewer's locale): redirects to its full deep link. */
export default async function SavedScenarioPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const saved = isSavedScenarioId(id) ? await getSavedScenario(id) : null;
  if (!saved) notFound();
  const { state } = parseCapexQuery(Object.fromEntries(new URLSearchParams(saved.query)));
  // A scenario saved at a data version opens pinned to it (v=), with what changed since one click away.
  const query = withDataVersion(serializeCapexQuery({ ...state, scenarioId: saved.id }), saved.dataVersion);
  redirect(`/${locale}/capex?${query}`);
}
