import "server-only";

import { getTranslations } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";
import { MODALITIES } from "@/lib/vocabulary";

export const MODEL_FIELDS = [
  "newSlug",
  "nameZh",
  "nameEn",
  "nameAsPrinted",
  "company",
  "region",
  "paramsB",
  "moe",
  "inputs",
  "outputs",
  "openWeights",
  "released",
  "caveatZh",
  "caveatEn",
  "sourceZh",
  "sourceEn",
] as const;
export const CAPEX_FIELDS = [
  "company",
  "year",
  "kind",
  "usdBn",
  "usdBnLow",
  "usdBnHigh",
  "basisZh",
  "basisEn",
  "lineZh",
  "lineEn",
  "measureZh",
  "measureEn",
  "origin",
  "sourceZh",
  "sourceEn",
  "saidOn",
  "accession",
  "filedOn",
  "sourceUrl",
] as const;

/** The strings an admin form needs, for the client component that cannot load messages itself. */
export async function adminFormLabels<K extends string>(locale: AppLocale, fields: readonly K[]) {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return {
    fields: Object.fromEntries(fields.map((name) => [name, t(`fields.${name}` as Parameters<typeof t>[0])])) as Record<
      K,
      string
    >,
    save: t("save"),
    back: t("back"),
    note: t("fieldErrorsNote"),
    regions: { US: t("options.region.US"), CN: t("options.region.CN") },
    modalities: Object.fromEntries(MODALITIES.map((m) => [m, t(`options.modality.${m}`)])),
    kinds: { reported: t("options.kind.reported"), guidance: t("options.kind.guidance") },
    origins: {
      note: t("options.origin.note"),
      filing: t("options.origin.filing"),
      statement: t("options.origin.statement"),
    },
  };
}

/** The labels of a destructive action's confirmation. */
export async function confirmLabels(locale: AppLocale, open: string, question: string) {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { open, question, confirm: t("confirmDelete"), cancel: t("cancel") };
}
