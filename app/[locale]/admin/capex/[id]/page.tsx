import { notFound } from "next/navigation";

import { AdminFrame } from "@/components/admin/admin-frame";
import { CapexForm } from "@/components/admin/capex-form";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { ViewerFrame } from "@/components/admin/viewer-frame";
import { resolveLocale } from "@/i18n/locale";
import { loadEditorPage } from "@/lib/admin/editor-page";
import { adminFormLabels, CAPEX_FIELDS, confirmLabels } from "@/lib/admin/form-labels";
import { findCapexFigureResource } from "@/lib/db/capex";
import { editableCapexFields } from "@/lib/db/resources";

import { deleteRecord, saveCapexFigure } from "../../actions";

export const dynamic = "force-dynamic";

export default async function EditCapexFigurePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const page = await loadEditorPage(locale, `/${locale}/admin/capex/${encodeURIComponent(id)}`);
  if (!page.editor) return <ViewerFrame locale={locale} principal={page.principal} />;
  const { principal, t, companies: companyNames } = page;
  const figure = /^[1-9]\d{0,8}$/.test(id) ? await findCapexFigureResource(Number(id)) : null;
  if (!figure) notFound();
  const labels = await adminFormLabels(locale, CAPEX_FIELDS);
  const what = {
    company: companyNames.find((c) => c.slug === figure.company)?.name ?? figure.company,
    year: figure.year,
    kind: labels.kinds[figure.kind] ?? figure.kind,
  };
  const deleteLabels = await confirmLabels(
    locale,
    t("deleteCapex"),
    t("deleteCapexQuestion", { ...what, version: figure.version }),
  );
  return (
    <AdminFrame locale={locale} principal={principal} title={t("editCapexTitle", what)} tab="data">
      <CapexForm
        save={saveCapexFigure}
        locale={locale}
        record={{ id: figure.id, version: figure.version }}
        values={editableCapexFields(figure)}
        labels={labels}
        companies={companyNames}
      />
      <div className="max-w-3xl">
        <ConfirmActionForm
          action={deleteRecord}
          locale={locale}
          fields={{ entity: "capex", key: figure.id, version: figure.version }}
          labels={deleteLabels}
          testId="delete-record"
        />
      </div>
    </AdminFrame>
  );
}
