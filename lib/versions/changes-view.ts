import "server-only";

import { getTranslations } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";
import { loadAfterNote } from "@/lib/capex/after-note-data";
import { parseCapexQuery } from "@/lib/capex/params";
import { computeScenario, normalizeScenario } from "@/lib/capex/scenario";
import { serializeCapexQuery } from "@/lib/capex/view-state";
import { listChangesSince, resolveDataVersion } from "@/lib/db/pinned-data";
import { originLabels } from "@/lib/figures/origin-labels";
import { dataVersionParser, withDataVersion } from "@/lib/url-state/data-version";
import { firstValue, type RawSearchParams } from "@/lib/url-state/search-params";

import { capexChangeRows, type CapexChange, type ChangeRow } from "./change-rows";
import { versionDate } from "./pinned-words";

/** The scenario's totals with the figures of one version: the capex view's headline. */
async function headline(raw: RawSearchParams, locale: AppLocale, version: number | null) {
  const { note, companies } = await loadAfterNote(locale, version);
  const { state } = parseCapexQuery(raw);
  const outcome = computeScenario(normalizeScenario(state, companies, note.growth), companies, note.growth);
  return { total2024UsdBn: outcome.total2024UsdBn, total2025UsdBn: outcome.total2025UsdBn };
}

/**
 * What changed in the capex data since a link's version (`from=`), for /[locale]/changes: every
 * changed figure, old → new, its origin, who and when, and the capex headline (the link's scenario's
 * totals) with the figures then and now. The scenario is the rest of the query, as on the capex view.
 * `from` that names no version answers `unknown` (the page says so; never an error).
 */
export async function loadChangesView(raw: RawSearchParams, locale: AppLocale) {
  const requested = dataVersionParser.parse(firstValue(raw.from) ?? "");
  const [pin, t, origins] = await Promise.all([
    resolveDataVersion(requested),
    getTranslations({ locale, namespace: "Versions" }),
    originLabels(locale),
  ]);
  const { state } = parseCapexQuery(raw);
  const query = serializeCapexQuery(state);
  const latestHref = `/${locale}/capex${query ? `?${query}` : ""}`;
  if (!pin.pinned) return { status: "unknown" as const, value: firstValue(raw.from) ?? "", latestHref };

  const from = pin.pinned.version;
  const changes = (await listChangesSince(from)).filter(
    (change): change is typeof change & CapexChange =>
      change.entity === "capexFigure" || change.entity === "companyBasis",
  );
  const words = {
    kind: (kind: string) => t(`kind_${kind}` as "kind_reported"),
    field: (field: string) => t(`field_${field}` as "field_usdBn"),
    year: (year: number) => t("yearLabel", { year }),
    statement: (sequence: number) => t("statementNumber", { sequence }),
    origin: (origin: keyof typeof origins) => origins[origin],
    created: t("created"),
    deleted: t("deleted"),
    migration: t("whoMigration"),
  };
  const rows: ChangeRow[] = changes.flatMap((change) => capexChangeRows(change, locale, words));
  const [then, now] = await Promise.all([headline(raw, locale, from), headline(raw, locale, null)]);
  return {
    status: "found" as const,
    from,
    to: pin.latest ?? from,
    date: versionDate(pin.pinned.createdAt, locale),
    rows,
    headline: { then, now },
    originLabels: origins,
    pinnedHref: `/${locale}/capex?${withDataVersion(query, from)}`,
    latestHref,
  };
}
