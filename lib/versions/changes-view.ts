import "server-only";

import { getTranslations } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";
import { loadAfterNote } from "@/lib/capex/after-note-data";
import { parseCapexQuery } from "@/lib/capex/params";
import { computeScenario, normalizeScenario } from "@/lib/capex/scenario";
import { serializeCapexQuery } from "@/lib/capex/view-state";
import { findModels } from "@/lib/db/models";
import { listChangesSince, resolveDataVersion } from "@/lib/db/pinned-data";
import { originLabels } from "@/lib/figures/origin-labels";
import { parseModelsQuery, serializeModelsQuery } from "@/lib/models/params";
import { modalityName, regionName } from "@/lib/models/words";
import { parseTrainingQuery, serializeTrainingQuery } from "@/lib/training/params";
import { dataVersionParser, withDataVersion } from "@/lib/url-state/data-version";
import { firstValue, type RawSearchParams } from "@/lib/url-state/search-params";

import { capexChangeRows, type CapexChange, type ChangeRow } from "./change-rows";
import { modelChangeRows, type ModelChange } from "./model-change-rows";
import { parsePinnedView, VIEW_ENTITIES, type PinnedView } from "./pinned-views";
import { versionDate } from "./pinned-words";

/** The scenario's totals with the figures of one version: the capex view's headline. */
async function headline(raw: RawSearchParams, locale: AppLocale, version: number | null) {
  const { note, companies } = await loadAfterNote(locale, version);
  const { state } = parseCapexQuery(raw);
  const outcome = computeScenario(normalizeScenario(state, companies, note.growth), companies, note.growth);
  return { total2024UsdBn: outcome.total2024UsdBn, total2025UsdBn: outcome.total2025UsdBn };
}

/** The link's view state (capex: the rest of the query; another view: its `state=`), canonical. */
function viewQuery(of: PinnedView, raw: RawSearchParams): { query: string; raw: RawSearchParams } {
  if (of === "capex") return { query: serializeCapexQuery(parseCapexQuery(raw).state), raw };
  const state = Object.fromEntries(new URLSearchParams(firstValue(raw.state) ?? ""));
  const query =
    of === "models"
      ? serializeModelsQuery(parseModelsQuery(state).state)
      : serializeTrainingQuery(parseTrainingQuery(state).state);
  return { query, raw: Object.fromEntries(new URLSearchParams(query)) };
}

type Headline = { key: "headline2025" | "headline2024" | "headlineModels"; then: number; now: number; usd: boolean };

/** What the view's headline was with the figures of `from` and is now: capex's scenario totals, the Models view's count. */
async function headlines(of: PinnedView, raw: RawSearchParams, locale: AppLocale, from: number): Promise<Headline[]> {
  if (of === "capex") {
    const [then, now] = await Promise.all([headline(raw, locale, from), headline(raw, locale, null)]);
    return [
      { key: "headline2025", then: then.total2025UsdBn, now: now.total2025UsdBn, usd: true },
      { key: "headline2024", then: then.total2024UsdBn, now: now.total2024UsdBn, usd: true },
    ];
  }
  if (of === "models") {
    const { state } = parseModelsQuery(raw);
    const [then, now] = await Promise.all([findModels(state, locale, from), findModels(state, locale, null)]);
    return [{ key: "headlineModels", then: then.length, now: now.length, usd: false }];
  }
  return [];
}

/**
 * What changed since a link's version (`from=`) in the data of its view (`of=`: capex, the default,
 * models or training), for /[locale]/changes: every changed figure, old → new, its origin, who and
 * when, and the view's headline with the figures then and now (capex: the link's scenario's totals;
 * Models: how many models its filters show). The view's state is the rest of the query for capex,
 * `state=` for the others (Models has a `from=` of its own). `from` that names no version answers
 * `unknown` (the page says so; never an error).
 */
export async function loadChangesView(raw: RawSearchParams, locale: AppLocale) {
  const of = parsePinnedView(firstValue(raw.of));
  const requested = dataVersionParser.parse(firstValue(raw.from) ?? "");
  const [pin, t, tModels, origins] = await Promise.all([
    resolveDataVersion(requested, of),
    getTranslations({ locale, namespace: "Versions" }),
    getTranslations({ locale, namespace: "Models" }),
    originLabels(locale),
  ]);
  const view = viewQuery(of, raw);
  const latestHref = `/${locale}/${of}${view.query ? `?${view.query}` : ""}`;
  if (!pin.pinned) return { status: "unknown" as const, value: firstValue(raw.from) ?? "", latestHref };

  const from = pin.pinned.version;
  const entities = VIEW_ENTITIES[of];
  const changes = (await listChangesSince(from)).filter((change) => entities.includes(change.entity));
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
  const modelWords = {
    ...words,
    region: (region: string) => regionName(tModels, region),
    modality: (code: string) => modalityName(tModels, code),
    yes: t("yes"),
    no: t("no"),
    open: tModels("open"),
    closed: tModels("closed"),
    undisclosed: tModels("undisclosed"),
  };
  const rows: ChangeRow[] = changes.flatMap((change) =>
    change.entity === "model"
      ? modelChangeRows(change as ModelChange, locale, modelWords)
      : capexChangeRows(change as CapexChange, locale, words),
  );
  return {
    status: "found" as const,
    of,
    from,
    to: pin.latest ?? from,
    date: versionDate(pin.pinned.createdAt, locale),
    rows,
    headlines: await headlines(of, view.raw, locale, from),
    originLabels: origins,
    pinnedHref: `/${locale}/${of}?${withDataVersion(view.query, from)}`,
    latestHref,
  };
}
