import type { Messages } from "next-intl";

import type { AppLocale } from "@/i18n/routing";
import { formatParamsB, formatYearMonth } from "@/lib/format";
import { pick } from "@/lib/locale";
import type { ModelsQuery } from "@/lib/models/params";
import type { Modality } from "@/lib/vocabulary";

import { moeMark, paramsDisclosure } from "./disclosure";

/** The "Models" messages' translate function (next-intl's getTranslations("Models") fits it). */
export type ModelsTranslator = (key: keyof Messages["Models"], values?: Record<string, string | number>) => string;

type DescribedModel = {
  slug: string;
  moe: boolean;
  paramsB: number | null;
  company: { nameZh: string; nameEn: string };
};

/**
 * The MoE cell: "Yes" where the note marks it, "Not marked in the note" where it is silent, and
 * where a stated caveat says MoE, that with the caveat's source (never "No" above a caveat saying MoE).
 */
export function moeWords(
  t: ModelsTranslator,
  model: DescribedModel,
  locale: AppLocale,
): { text: string; source: string | null } {
  const mark = moeMark(model);
  switch (mark.kind) {
    case "marked":
      return { text: t("moeMarked"), source: null };
    case "unmarked":
      return { text: t("moeUnmarked"), source: null };
    case "caveat":
      return {
        text:
          mark.totalB === null
            ? t("moeCaveatActive", { active: formatParamsB(mark.activeB, locale) })
            : t("moeCaveat", {
                total: formatParamsB(mark.totalB, locale),
                active: formatParamsB(mark.activeB, locale),
              }),
        source: t(mark.source),
      };
  }
}

/** The parameters cell: "671B", "Undisclosed", or a figure only the note gives ("300B" + "the note's figure; OpenAI has not disclosed it"). */
export function paramsWords(
  t: ModelsTranslator,
  model: DescribedModel,
  locale: AppLocale,
): { text: string; qualifier: string | null } {
  const params = paramsDisclosure(model);
  if (params.kind === "undisclosed") return { text: t("undisclosed"), qualifier: null };
  const text = formatParamsB(params.paramsB, locale);
  return {
    text,
    qualifier:
      params.kind === "noteOnly"
        ? t("paramsNoteOnly", { company: pick(locale, model.company.nameZh, model.company.nameEn) })
        : null,
  };
}

/** A cell with its qualifier or source as one line of text (CSV): "300B（研报数字，OpenAI 未公开）". */
export function withQualifier(
  t: ModelsTranslator,
  words: { text: string; qualifier?: string | null; source?: string | null },
): string {
  if (words.qualifier) return t("valueWithQualifier", { value: words.text, qualifier: words.qualifier });
  if (words.source) return t("valueWithSource", { value: words.text, source: words.source });
  return words.text;
}

const MODALITY_KEYS = {
  text: "modalityText",
  image: "modalityImage",
  audio: "modalityAudio",
  video: "modalityVideo",
  video_frames: "modalityVideoFrames",
} as const satisfies Record<Modality, string>;

/** The localized name of a modality code; an unknown code (e.g. from a later edit) shows as is. */
export function modalityName(t: ModelsTranslator, code: string): string {
  return code in MODALITY_KEYS ? t(MODALITY_KEYS[code as Modality]) : code;
}

export function regionName(t: ModelsTranslator, region: string): string {
  return region === "US" ? t("regionUS") : region === "CN" ? t("regionCN") : region;
}

export type ActiveFilter = { param: keyof ModelsQuery; text: string };

/** The file-name parts of the active filters (for exportFileBase), e.g. ["cn", "open", "from-2024-01"]. */
export function modelsFileParts(state: ModelsQuery): string[] {
  const parts = [state.region, state.access, state.company, state.modality];
  if (state.from) parts.push(`from-${state.from}`);
  if (state.to) parts.push(`to-${state.to}`);
  if (state.q) parts.push(`q-${state.q}`);
  return parts.filter((part): part is string => part !== null);
}

/** The chart subtitle: the active filters and the count ("Region: China · Weights: Open (3 models)"). */
export function modelsChartSubtitle(t: ModelsTranslator, filters: ActiveFilter[], count: number): string {
  return filters.length === 0
    ? t("chartAllModels", { count })
    : t("chartFiltered", { filters: filters.map((filter) => filter.text).join(" · "), count });
}

/** Each active filter in words ("Region: China"), for the filter chips and the chart subtitles. */
export function describeActiveFilters(
  t: ModelsTranslator,
  state: ModelsQuery,
  locale: AppLocale,
  companies: { slug: string; nameZh: string; nameEn: string }[],
): ActiveFilter[] {
  const chip = (param: keyof ModelsQuery, name: string, value: string): ActiveFilter => ({
    param,
    text: t("filterChip", { name, value }),
  });
  const filters: ActiveFilter[] = [];
  if (state.region) filters.push(chip("region", t("filterRegion"), regionName(t, state.region)));
  if (state.access) filters.push(chip("access", t("filterAccess"), t(state.access)));
  if (state.company) {
    const company = companies.find((candidate) => candidate.slug === state.company);
    filters.push(
      chip("company", t("filterCompany"), company ? pick(locale, company.nameZh, company.nameEn) : state.company),
    );
  }
  if (state.modality) filters.push(chip("modality", t("filterModality"), modalityName(t, state.modality)));
  if (state.from) filters.push(chip("from", t("filterFrom"), formatYearMonth(state.from, locale)));
  if (state.to) filters.push(chip("to", t("filterTo"), formatYearMonth(state.to, locale)));
  if (state.q) filters.push(chip("q", t("filterQuery"), `“${state.q}”`));
  return filters;
}
