import { notFound } from "next/navigation";

import { AdminFrame } from "@/components/admin/admin-frame";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { ModelForm } from "@/components/admin/model-form";
import { ViewerFrame } from "@/components/admin/viewer-frame";
import { resolveLocale } from "@/i18n/locale";
import { loadEditorPage } from "@/lib/admin/editor-page";
import { adminFormLabels, confirmLabels, MODEL_FIELDS } from "@/lib/admin/form-labels";
import { findModelResource } from "@/lib/db/models";
import { editableModelFields } from "@/lib/db/resources";
import { pick } from "@/lib/locale";
import { MODALITIES } from "@/lib/vocabulary";

import { deleteRecord, saveModel } from "../../actions";

export const dynamic = "force-dynamic";

export default async function EditModelPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const page = await loadEditorPage(locale, `/${locale}/admin/models/${encodeURIComponent(slug)}`);
  if (!page.editor) return <ViewerFrame locale={locale} principal={page.principal} />;
  const { principal, t, companies } = page;
  const model = await findModelResource(slug);
  if (!model) notFound();
  const name = pick(locale, model.nameZh, model.nameEn);
  const [labels, deleteLabels] = await Promise.all([
    adminFormLabels(locale, MODEL_FIELDS),
    confirmLabels(locale, t("deleteModel"), t("deleteModelQuestion", { name, version: model.version })),
  ]);
  return (
    <AdminFrame locale={locale} principal={principal} title={t("editModelTitle", { name })} tab="data">
      <ModelForm
        save={saveModel}
        locale={locale}
        record={{ slug: model.slug, version: model.version }}
        values={editableModelFields(model)}
        labels={labels}
        companies={companies}
        modalities={MODALITIES}
      />
      <div className="max-w-3xl">
        <ConfirmActionForm
          action={deleteRecord}
          locale={locale}
          fields={{ entity: "model", key: model.slug, version: model.version }}
          labels={deleteLabels}
          testId="delete-record"
        />
      </div>
    </AdminFrame>
  );
}
