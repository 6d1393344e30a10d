import { getTranslations } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";
import type { SessionPrincipal } from "@/lib/auth/session";

import { AdminFrame } from "./admin-frame";

/** An editing page as a viewer sees it: the admin's frame with its notice, no form (lib/admin/editor-page.ts). */
export async function ViewerFrame({ locale, principal }: { locale: AppLocale; principal: SessionPrincipal }) {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return (
    <AdminFrame locale={locale} principal={principal} title={t("title")} tab={null}>
      {null}
    </AdminFrame>
  );
}
