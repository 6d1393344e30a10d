import { getTranslations } from "next-intl/server";

import { AdminFrame } from "@/components/admin/admin-frame";
import { ModelForm } from "@/components/admin/model-form";
import { resolveLocale } from "@/i18n/locale";
import { adminFormLabels, MODEL_FIELDS } from "@/lib/admin/form-labels";
import { adminPageAccess } from "@/lib/admin/session";
import { listCompanies } from "@/lib/db/models";
import { pick } from "@/lib/locale";
import { MODALITIES } from "@/lib/vocabulary";

import { saveModel } from "../../actions";

export const dynamic = "force-dynamic";

const EMPTY = {
  newSlug: "",
  nameZh: "",
  nameEn: "",
  nameAsPrinted: null,
  company: "",
  region: "US",
  paramsB: null,
  moe: false,
  inputs: ["text"],
  outputs: ["text"],
  openWeights: false,
  released: "",
  caveatZh: null,
  caveatEn: null,
  sourceZh: "",
  sourceEn: "",
};

export default async function NewModelPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const principal = await adminPageAccess(locale, `/${locale}/admin/models/new`);
  const t = await getTranslations({ locale, namespace: "Admin" });
  if (principal.role !== "editor")
    return (
      <AdminFrame locale={locale} principal={principal} title={t("title")} tab={null}>
        {null}
      </AdminFrame>
    );
  const [labels, companies] = await Promise.all([adminFormLabels(locale, MODEL_FIELDS), listCompanies()]);
  const choices = companies.map((c) => ({ slug: c.slug, name: pick(locale, c.nameZh, c.nameEn) }));
  return (
    <AdminFrame locale={locale} principal={principal} title={t("newModelTitle")} tab="data">
      <ModelForm
        save={saveModel}
        locale={locale}
        record={null}
        values={{ ...EMPTY, company: choices[0]?.slug ?? "" }}
        labels={{ ...labels, save: t("create") }}
        companies={choices}
        modalities={MODALITIES}
      />
    </AdminFrame>
  );
}
