import type { AppLocale } from "@/i18n/routing";
import { BCP47, type Modality } from "@/lib/vocabulary";

import type { ModelSortKey, ModelsQuery, SortDirection } from "./params";

/** What filtering and sorting need of a model row (a ModelRecord from lib/db/models.ts has it all). */
export type FilterableModel = {
  id: number;
  nameZh: string;
  nameEn: string;
  nameAsPrinted: string | null;
  region: string;
  paramsB: number | null;
  inputs: string;
  outputs: string;
  openWeights: boolean;
  released: string;
  company: { slug: string; nameZh: string; nameEn: string };
};

/** "text,image" → ["text", "image"]. */
export function modalityList(codes: string): string[] {
  return codes
    .split(",")
    .map((code) => code.trim())
    .filter(Boolean);
}

function hasModality(model: FilterableModel, modality: Modality): boolean {
  return modalityList(model.inputs).includes(modality) || modalityList(model.outputs).includes(modality);
}

function matchesText(model: FilterableModel, q: string): boolean {
  const needle = q.toLocaleLowerCase();
  const haystack = [model.nameZh, model.nameEn, model.nameAsPrinted, model.company.nameZh, model.company.nameEn];
  return haystack.some((name) => name?.toLocaleLowerCase().includes(needle));
}

/** The models that pass every active filter of the state. */
export function filterModels<T extends FilterableModel>(models: readonly T[], state: ModelsQuery): T[] {
  return models.filter(
    (model) =>
      (!state.region || model.region === state.region) &&
      (!state.access || model.openWeights === (state.access === "open")) &&
      (!state.company || model.company.slug === state.company) &&
      (!state.modality || hasModality(model, state.modality)) &&
      (!state.from || model.released >= state.from) &&
      (!state.to || model.released <= state.to) &&
      (!state.q || matchesText(model, state.q)),
  );
}

type SortValue = string | number | null;

function sortValue(model: FilterableModel, key: ModelSortKey, locale: AppLocale): SortValue {
  switch (key) {
    case "region":
      return model.region;
    case "company":
      return locale === "zh" ? model.company.nameZh : model.company.nameEn;
    case "model":
      return locale === "zh" ? model.nameZh : model.nameEn;
    case "params":
      return model.paramsB;
    case "access":
      // Ascending lists open weights first.
      return model.openWeights ? 0 : 1;
    case "released":
      return model.released;
  }
}

// One collator per locale: building one costs more than sorting the table with it.
const collators = new Map<AppLocale, Intl.Collator>();

function collatorFor(locale: AppLocale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(BCP47[locale], { numeric: true, sensitivity: "base" });
    collators.set(locale, collator);
  }
  return collator;
}

/**
 * Sorts by one column; names compare in the locale's collation. Unknown values (undisclosed
 * parameters) go last in both directions; ties keep the note's order.
 */
export function sortModels<T extends FilterableModel>(
  models: readonly T[],
  key: ModelSortKey | null,
  dir: SortDirection,
  locale: AppLocale,
): T[] {
  const byNoteOrder = (a: T, b: T) => a.id - b.id;
  if (!key) return [...models].sort(byNoteOrder);
  const collator = collatorFor(locale);
  const sign = dir === "asc" ? 1 : -1;
  return [...models].sort((a, b) => {
    const va = sortValue(a, key, locale);
    const vb = sortValue(b, key, locale);
    if (va === null || vb === null) {
      if (va === vb) return byNoteOrder(a, b);
      return va === null ? 1 : -1;
    }
    const order = typeof va === "number" && typeof vb === "number" ? va - vb : collator.compare(String(va), String(vb));
    return order !== 0 ? sign * order : byNoteOrder(a, b);
  });
}

/** Filter, then sort: the rows the view shows for a state. */
export function applyModelsQuery<T extends FilterableModel>(
  models: readonly T[],
  state: ModelsQuery,
  locale: AppLocale = "en",
): T[] {
  return sortModels(filterModels(models, state), state.sort, state.dir, locale);
}

/** The companies the models belong to, each once, in id order (the company filter's choices). */
export function modelCompanies<C extends { id: number }>(models: readonly { company: C }[]): C[] {
  const byId = new Map<number, C>();
  for (const model of models) byId.set(model.company.id, model.company);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
