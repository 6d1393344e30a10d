import { AdminFrame } from "@/components/admin/admin-frame";
import { CapexForm } from "@/components/admin/capex-form";
import { ViewerFrame } from "@/components/admin/viewer-frame";
import { resolveLocale } from "@/i18n/locale";
import { loadEditorPage } from "@/lib/admin/editor-page";
import { adminFormLabels, CAPEX_FIELDS } from "@/lib/admin/form-labels";

import { saveCapexFigure } from "../../actions";

export const dynamic = "force-dynamic";

export default async function NewCapexFigurePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const page = await loadEditorPage(locale, `/${locale}/admin/capex/new`);
  if (!page.editor) return <ViewerFrame locale={locale} principal={page.principal} />;
  const { principal, t, companies: choices } = page;
  const labels = await adminFormLabels(locale, CAPEX_FIELDS);
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
