import type { AppLocale } from "@/i18n/routing";
import type { ModelWithCompany } from "@/lib/db/joined-reads";
import { formatParamsB, formatYearMonth } from "@/lib/format";
import { pick } from "@/lib/locale";

import type { ChangeRow } from "./change-rows";

export type ModelChange = {
  entity: "model";
  version: { id: number; createdAt: Date; actor: string; actorKind: string };
  before: ModelWithCompany | null;
  after: ModelWithCompany | null;
};

/** The words a model's fields and values need, in the reader's language (the "Versions" and "Models" messages). */
export type ModelChangeWords = {
  field: (field: string) => string;
  region: (region: string) => string;
  modality: (code: string) => string;
  yes: string;
  no: string;
  open: string;
  closed: string;
  undisclosed: string;
  created: string;
  deleted: string;
  migration: string;
};

// The note's table row: figures first, then the texts that are data (each …Zh/…En pair as one field
// in the reader's language); identity, version and timestamps are not figures.
const VALUE_FIELDS = ["paramsB", "moe", "inputs", "outputs", "openWeights", "released", "region"] as const;
const TEXT_PAIRS = ["name", "caveat", "source"] as const;

function value(name: string, row: ModelWithCompany, locale: AppLocale, words: ModelChangeWords): string | null {
  switch (name) {
    case "paramsB":
      return row.paramsB === null ? words.undisclosed : formatParamsB(row.paramsB, locale);
    case "moe":
      return row.moe ? words.yes : words.no;
    case "inputs":
    case "outputs":
      return (row[name] as string)
        .split(",")
        .filter(Boolean)
        .map(words.modality)
        .join(locale === "zh" ? "、" : ", ");
    case "openWeights":
      return row.openWeights ? words.open : words.closed;
    case "released":
      return formatYearMonth(row.released, locale);
    case "region":
      return words.region(row.region);
    case "nameAsPrinted":
      return row.nameAsPrinted;
    case "company":
      return pick(locale, row.company.nameZh, row.company.nameEn);
    default: {
      const own = (row as unknown as Record<string, string | null>)[`${name}${locale === "zh" ? "Zh" : "En"}`];
      return own ?? null;
    }
  }
}

/**
 * A model row's change as the fields that differ, old → new, as the Models view writes them (the
 * parameter count as "671B", modalities and region in words), each with the row's origin (the note's
 * table) and who made it. A created or deleted model is one line with its parameter count. A text
 * whose other language alone changed is not listed (the reader's edition of it did not change).
 */
export function modelChangeRows(change: ModelChange, locale: AppLocale, words: ModelChangeWords): ChangeRow[] {
  const row = change.after ?? change.before;
  if (!row) return [];
  const base = {
    what: pick(locale, row.nameZh, row.nameEn),
    origin: "note" as const,
    who: change.version.actorKind === "system" ? words.migration : change.version.actor,
    whoIsSystem: change.version.actorKind === "system",
    at: change.version.createdAt.toISOString(),
    version: change.version.id,
  };
  const { before, after } = change;
  if (before === null || after === null) {
    const params = value("paramsB", row, locale, words);
    return [
      {
        ...base,
        field: before === null ? words.created : words.deleted,
        before: before === null ? null : params,
        after: after === null ? null : params,
      },
    ];
  }
  return [...VALUE_FIELDS, ...TEXT_PAIRS, "nameAsPrinted", "company"].flatMap((name): ChangeRow[] => {
    const [old, now] = [value(name, before, locale, words), value(name, after, locale, words)];
    return old === now ? [] : [{ ...base, field: words.field(name), before: old, after: now }];
  });
}
