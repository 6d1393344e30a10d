import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { AdminFrame } from "@/components/admin/admin-frame";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { ModelForm } from "@/components/admin/model-form";
import { resolveLocale } from "@/i18n/locale";
import { adminFormLabels, confirmLabels, MODEL_FIELDS } from "@/lib/admin/form-labels";
import { adminPageAccess } from "@/lib/admin/session";
import { findModelResource, listCompanies } from "@/lib/db/models";
import { editableModelFields } from "@/lib/db/resources";
import { pick } from "@/lib/locale";
import { MODALITIES } from "@/lib/vocabulary";

import { deleteRecord, saveModel } from "../../actions";

export const dynamic = "force-dynamic";

export default async function EditModelPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const principal = await adminPageAccess(locale, `/${locale}/admin/models/${encodeURIComponent(slug)}`);
  const t = await getTranslations({ locale, namespace: "Admin" });
  if (principal.role !== "editor")
    return (
      <AdminFrame locale={locale} principal={principal} title={t("title")} tab={null}>
        {null}
      </AdminFrame>
    );
  const model = await findModelResource(slug);
  if (!model) notFound();
  const name = pick(locale, model.nameZh, model.nameEn);
  const [labels, companies, deleteLabels] = await Promise.all([
    adminFormLabels(locale, MODEL_FIELDS),
    listCompanies(),
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
        companies={companies.map((c) => ({ slug: c.slug, name: pick(locale, c.nameZh, c.nameEn) }))}
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
