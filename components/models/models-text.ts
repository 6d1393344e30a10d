import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatYearMonth } from "@/lib/format";
import type { Modality, ModelsQuery } from "@/lib/models/params";
import { pick } from "@/lib/locale";

export type ModelsTranslator = Awaited<ReturnType<typeof getTranslations<"Models">>>;

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

/** Each active filter in words ("Region: China"), for the filter chips and the chart subtitles. */
export function describeActiveFilters(
  t: ModelsTranslator,
  state: ModelsQuery,
  locale: AppLocale,
  companies: { slug: string; nameZh: string; nameEn: string }[],
): ActiveFilter[] {
  const chip = (param: keyof ModelsQuery, name: string, value: string): ActiveFilter => ({ param, text: t("filterChip", { name, value }) });
  const filters: ActiveFilter[] = [];
  if (state.region) filters.push(chip("region", t("filterRegion"), regionName(t, state.region)));
  if (state.access) filters.push(chip("access", t("filterAccess"), t(state.access)));
  if (state.company) {
    const company = companies.find((candidate) => candidate.slug === state.company);
    filters.push(chip("company", t("filterCompany"), company ? pick(locale, company.nameZh, company.nameEn) : state.company));
  }
  if (state.modality) filters.push(chip("modality", t("filterModality"), modalityName(t, state.modality)));
  if (state.from) filters.push(chip("from", t("filterFrom"), formatYearMonth(state.from, locale)));
  if (state.to) filters.push(chip("to", t("filterTo"), formatYearMonth(state.to, locale)));
  if (state.q) filters.push(chip("q", t("filterQuery"), `“${state.q}”`));
  return filters;
}
