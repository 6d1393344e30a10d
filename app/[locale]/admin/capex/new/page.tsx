import { getTranslations } from "next-intl/server";

import { AdminFrame } from "@/components/admin/admin-frame";
import { CapexForm } from "@/components/admin/capex-form";
import { resolveLocale } from "@/i18n/locale";
import { adminFormLabels, CAPEX_FIELDS } from "@/lib/admin/form-labels";
import { adminPageAccess } from "@/lib/admin/session";
import { listCompanies } from "@/lib/db/models";
import { pick } from "@/lib/locale";

import { saveCapexFigure } from "../../actions";

export const dynamic = "force-dynamic";

export default async function NewCapexFigurePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const principal = await adminPageAccess(locale, `/${locale}/admin/capex/new`);
  const t = await getTranslations({ locale, namespace: "Admin" });
  if (principal.role !== "editor")
    return (
      <AdminFrame locale={locale} principal={principal} title={t("title")} tab={null}>
        {null}
      </AdminFrame>
    );
  const [labels, companies] = await Promise.all([adminFormLabels(locale, CAPEX_FIELDS), listCompanies()]);
  const choices = companies.map((c) => ({ slug: c.slug, name: pick(locale, c.nameZh, c.nameEn) }));
  const empty = {
    company: choices[0]?.slug ?? "",
    year: null,
    kind: "reported",
    usdBn: null,
    usdBnLow: null,
    usdBnHigh: null,
    basisZh: "",
    basisEn: "",
    lineZh: null,
    lineEn: null,
    measureZh: null,
    measureEn: null,
    origin: "filing",
    sourceZh: "",
    sourceEn: "",
    saidOn: null,
    accession: null,
    filedOn: null,
    sourceUrl: null,
  };
  return (
    <AdminFrame locale={locale} principal={principal} title={t("newCapexTitle")} tab="data">
      <CapexForm
        save={saveCapexFigure}
        locale={locale}
        record={null}
        values={empty}
        labels={{ ...labels, save: t("create") }}
        companies={choices}
      />
    </AdminFrame>
  );
}
