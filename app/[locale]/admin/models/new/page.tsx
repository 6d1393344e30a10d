import { AdminFrame } from "@/components/admin/admin-frame";
import { ModelForm } from "@/components/admin/model-form";
import { ViewerFrame } from "@/components/admin/viewer-frame";
import { resolveLocale } from "@/i18n/locale";
import { loadEditorPage } from "@/lib/admin/editor-page";
import { adminFormLabels, MODEL_FIELDS } from "@/lib/admin/form-labels";
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
  const page = await loadEditorPage(locale, `/${locale}/admin/models/new`);
  if (!page.editor) return <ViewerFrame locale={locale} principal={page.principal} />;
  const { principal, t, companies: choices } = page;
  const labels = await adminFormLabels(locale, MODEL_FIELDS);
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
