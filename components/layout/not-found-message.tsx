import { getTranslations } from "next-intl/server";

import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";

/** The localized "page not found" message, server-rendered (readable without JavaScript). */
export async function NotFoundMessage({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <div className="mx-auto max-w-lg py-16 text-center" data-testid="not-found">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-4 text-slate-600">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-accent px-4 py-2 text-white">
        {t("back")}
      </Link>
    </div>
  );
}
