import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

/** The strings an admin form needs, for the client component that cannot load messages itself. */
export async function adminFormLabels<K extends string>(locale: AppLocale, fields: readonly K[]) {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return {
    fields: Object.fromEntries(fields.map((name) => [name, t(`fields.${name}` as Parameters<typeof t>[0])])) as Record<K, string>,
    save: t("save"),
    back: t("back"),
    note: t("fieldErrorsNote"),
  };
}
