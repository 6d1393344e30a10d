import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { CapexForm } from "@/components/admin/capex-form";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/i18n/locale";
import { adminFormLabels } from "@/lib/admin/form-labels";
import { adminSession } from "@/lib/admin/session";
import { findCapexFigureResource } from "@/lib/db/capex-reads";
import { listCompanies } from "@/lib/db/model-reads";
import { editableCapexFields } from "@/lib/db/resources";
import { pick } from "@/lib/locale";

export const dynamic = "force-dynamic";

const FIELDS = [
  "company", "year", "kind", "usdBn", "usdBnLow", "usdBnHigh", "basisZh", "basisEn", "lineZh", "lineEn", "measureZh", "measureEn",
  "origin", "sourceZh", "sourceEn", "saidOn", "accession", "filedOn", "sourceUrl",
] as const;

export default async function EditCapexFigurePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  if (!(await adminSession()).ok) redirect(`/${locale}/admin`);
  const figure = /^[1-9]\d{0,8}$/.test(id) ? await findCapexFigureResource(Number(id)) : null;
  if (!figure) notFound();
  const [t, labels, companies] = await Promise.all([getTranslations({ locale, namespace: "Admin" }), adminFormLabels(locale, FIELDS), listCompanies()]);
  const companyNames = companies.map((c) => ({ slug: c.slug, name: pick(locale, c.nameZh, c.nameEn) }));
  return (
    <section>
      <PageHeading title={t("editCapexTitle", { company: companyNames.find((c) => c.slug === figure.company)?.name ?? figure.company, year: figure.year, kind: figure.kind })} />
      <CapexForm locale={locale} id={figure.id} version={figure.version} values={editableCapexFields(figure)} labels={labels} companies={companyNames} />
    </section>
  );
}
