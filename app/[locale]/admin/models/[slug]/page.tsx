import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { ModelForm } from "@/components/admin/model-form";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/i18n/locale";
import { adminFormLabels } from "@/lib/admin/form-labels";
import { adminSession } from "@/lib/admin/session";
import { MODALITIES } from "@/lib/facts/schema";
import { findModelResource, listCompanies } from "@/lib/db/model-reads";
import { editableModelFields } from "@/lib/db/resources";
import { pick } from "@/lib/locale";

export const dynamic = "force-dynamic";

const FIELDS = ["nameZh", "nameEn", "nameAsPrinted", "company", "region", "paramsB", "moe", "inputs", "outputs", "openWeights", "released", "caveatZh", "caveatEn", "sourceZh", "sourceEn"] as const;

export default async function EditModelPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  if (!(await adminSession()).ok) redirect(`/${locale}/admin`);
  const model = await findModelResource(slug);
  if (!model) notFound();
  const [t, labels, companies] = await Promise.all([getTranslations({ locale, namespace: "Admin" }), adminFormLabels(locale, FIELDS), listCompanies()]);
  return (
    <section>
      <PageHeading title={t("editModelTitle", { name: pick(locale, model.nameZh, model.nameEn) })} />
      <ModelForm
        locale={locale}
        slug={model.slug}
        version={model.version}
        values={editableModelFields(model)}
        labels={labels}
        companies={companies.map((c) => ({ slug: c.slug, name: pick(locale, c.nameZh, c.nameEn) }))}
        modalities={MODALITIES}
      />
    </section>
  );
}
