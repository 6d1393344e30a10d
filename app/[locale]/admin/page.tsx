import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/admin/sign-in-form";
import { FormMessage } from "@/components/admin/form-field";
import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/i18n/navigation";
import { resolveLocale } from "@/i18n/locale";
import { adminSession } from "@/lib/admin/session";
import { listCapexFigureResources } from "@/lib/db/capex-reads";
import { listCompanies, listModelResources } from "@/lib/db/model-reads";
import { formatParamsB } from "@/lib/format";
import { pick } from "@/lib/locale";
import { firstValue, type RawSearchParams } from "@/lib/url-state/notice";
import { signOut } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export default async function AdminPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Admin" });
  const session = await adminSession();
  if (!session.ok) {
    return (
      <section>
        <PageHeading title={t("title")} />
        {session.reason === "writes-disabled" ? (
          <FormMessage message={t("writesDisabled")} tone="error" />
        ) : (
          <SignInForm locale={locale} labels={{ title: t("signInTitle"), help: t("signInHelp"), token: t("tokenLabel"), submit: t("signIn") }} />
        )}
      </section>
    );
  }

  const query = await searchParams;
  const [models, figures, companies] = await Promise.all([listModelResources(), listCapexFigureResources(), listCompanies()]);
  const companyName = new Map(companies.map((c) => [c.slug, pick(locale, c.nameZh, c.nameEn)]));
  // ?saved= names the record just saved (a model's slug, or capex:<id>); the message shows that
  // record's own name and version, never text from the URL, and nothing for an unknown one.
  const saved = firstValue(query.saved);
  const savedModel = models.find((model) => model.slug === saved);
  const savedFigure = figures.find((figure) => `capex:${figure.id}` === saved);
  const savedMessage = savedModel
    ? t("saved", { what: pick(locale, savedModel.nameZh, savedModel.nameEn), version: savedModel.version })
    : savedFigure
      ? t("saved", { what: `${companyName.get(savedFigure.company) ?? savedFigure.company} ${savedFigure.year}`, version: savedFigure.version })
      : null;
  const th = "px-3 py-2 text-left font-medium";
  const td = "px-3 py-2";

  return (
    <section className="flex flex-col gap-8">
      <PageHeading title={t("title")} subtitle={t("subtitle")}>
        <form action={signOut} className="flex items-center gap-3 text-sm">
          <input type="hidden" name="locale" value={locale} />
          <span data-testid="admin-actor">{t("signedInAs", { actor: session.actor })}</span>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5">{t("signOut")}</button>
        </form>
      </PageHeading>
      {savedMessage ? <FormMessage message={savedMessage} tone="info" /> : null}

      <div>
        <h2 className="mb-3 text-lg font-semibold">{t("modelsHeading")}</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="admin-models">
            <thead className="bg-slate-50 text-slate-600">
              <tr><th className={th}>{t("colModel")}</th><th className={th}>{t("colCompany")}</th><th className={`${th} text-right`}>{t("colParams")}</th><th className={`${th} text-right`}>{t("colVersion")}</th></tr>
            </thead>
            <tbody>
              {models.map((model) => {
                const name = pick(locale, model.nameZh, model.nameEn);
                return (
                  <tr key={model.slug} className="border-t border-slate-100">
                    <td className={`${td} font-medium`}>
                      <Link href={`/admin/models/${model.slug}`} aria-label={t("editLabel", { name })} className="text-accent underline">{name}</Link>
                    </td>
                    <td className={td}>{companyName.get(model.company) ?? model.company}</td>
                    <td className={`${td} text-right tabular-nums`}>{model.paramsB === null ? t("undisclosed") : formatParamsB(model.paramsB, locale)}</td>
                    <td className={`${td} text-right tabular-nums`}>{model.version}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>

      <div>
        <h2 className="mb-3 text-lg font-semibold">{t("capexHeading")}</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="admin-capex">
            <thead className="bg-slate-50 text-slate-600">
              <tr><th className={th}>{t("colCompany")}</th><th className={th}>{t("colYear")}</th><th className={th}>{t("colKind")}</th><th className={`${th} text-right`}>{t("colAmount")}</th><th className={`${th} text-right`}>{t("colVersion")}</th></tr>
            </thead>
            <tbody>
              {figures.map((figure) => {
                const company = companyName.get(figure.company) ?? figure.company;
                const amount = figure.usdBn ?? (figure.usdBnLow !== null && figure.usdBnHigh !== null ? `${figure.usdBnLow}–${figure.usdBnHigh}` : t("none"));
                return (
                  <tr key={figure.id} className="border-t border-slate-100">
                    <td className={td}>
                      <Link href={`/admin/capex/${figure.id}`} aria-label={t("editLabel", { name: `${company} ${figure.year} ${figure.kind}` })} className="text-accent underline">{company}</Link>
                    </td>
                    <td className={td}>{figure.year}</td>
                    <td className={td}>{figure.kind}</td>
                    <td className={`${td} text-right tabular-nums`}>{amount}</td>
                    <td className={`${td} text-right tabular-nums`}>{figure.version}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
