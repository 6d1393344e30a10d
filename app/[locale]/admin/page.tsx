import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AdminFrame } from "@/components/admin/admin-frame";
import { FormMessage } from "@/components/admin/form-field";
import { resolveLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { parseAdminDone } from "@/lib/admin/done";
import { adminPageAccess } from "@/lib/admin/session";
import { listCapexFigureResources } from "@/lib/db/capex";
import { listCompanies, listModelResources } from "@/lib/db/models";
import { formatParamsB } from "@/lib/format";
import { pick } from "@/lib/locale";
import type { RawSearchParams } from "@/lib/url-state/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export default async function AdminPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const principal = await adminPageAccess(locale, `/${locale}/admin`);
  const t = await getTranslations({ locale, namespace: "Admin" });
  const frame = { locale, principal, title: t("title"), subtitle: t("subtitle"), tab: "data" as const };
  if (principal.role !== "editor") return <AdminFrame {...frame}>{null}</AdminFrame>;

  const done = parseAdminDone(await searchParams);
  const [models, figures, companies] = await Promise.all([
    listModelResources(),
    listCapexFigureResources(),
    listCompanies(),
  ]);
  const companyName = new Map(companies.map((c) => [c.slug, pick(locale, c.nameZh, c.nameEn)]));
  // The message names the record by what the database holds, never by text from the URL.
  const doneModel = models.find((model) => model.slug === done?.model);
  const doneFigure = figures.find((figure) => figure.id === done?.capex);
  const doneWhat = doneModel
    ? pick(locale, doneModel.nameZh, doneModel.nameEn)
    : doneFigure
      ? `${companyName.get(doneFigure.company) ?? doneFigure.company} ${doneFigure.year}`
      : (done?.model ?? (done?.capex !== undefined ? t("capexRecord", { id: done.capex }) : ""));
  const th = "px-3 py-2 text-left font-medium";
  const td = "px-3 py-2";
  const newLink = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm";

  return (
    <AdminFrame {...frame}>
      {done ? (
        <FormMessage message={t(`done.${done.done}`, { what: doneWhat, version: done.version ?? 0 })} tone="info" />
      ) : null}

      <div>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 className="text-lg font-semibold">{t("modelsHeading")}</h2>
          <Link href="/admin/models/new" className={newLink} data-testid="new-model">
            {t("newModel")}
          </Link>
        </div>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="admin-models">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className={th}>{t("colModel")}</th>
                <th className={th}>{t("colCompany")}</th>
                <th className={`${th} text-right`}>{t("colParams")}</th>
                <th className={`${th} text-right`}>{t("colVersion")}</th>
              </tr>
            </thead>
            <tbody>
              {models.map((model) => {
                const name = pick(locale, model.nameZh, model.nameEn);
                return (
                  <tr key={model.slug} className="border-t border-slate-100">
                    <td className={`${td} font-medium`}>
                      <Link
                        href={`/admin/models/${model.slug}`}
                        aria-label={t("editLabel", { name })}
                        className="text-accent underline"
                      >
                        {name}
                      </Link>
                    </td>
                    <td className={td}>{companyName.get(model.company) ?? model.company}</td>
                    <td className={`${td} text-right tabular-nums`}>
                      {model.paramsB === null ? t("undisclosed") : formatParamsB(model.paramsB, locale)}
                    </td>
                    <td className={`${td} text-right tabular-nums`}>{model.version}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>

      <div>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 className="text-lg font-semibold">{t("capexHeading")}</h2>
          <Link href="/admin/capex/new" className={newLink} data-testid="new-capex">
            {t("newCapex")}
          </Link>
        </div>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="admin-capex">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className={th}>{t("colCompany")}</th>
                <th className={th}>{t("colYear")}</th>
                <th className={th}>{t("colKind")}</th>
                <th className={`${th} text-right`}>{t("colAmount")}</th>
                <th className={`${th} text-right`}>{t("colVersion")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((figure) => {
                const company = companyName.get(figure.company) ?? figure.company;
                const kind = t(`options.kind.${figure.kind === "guidance" ? "guidance" : "reported"}`);
                const amount =
                  figure.usdBn ??
                  (figure.usdBnLow !== null && figure.usdBnHigh !== null
                    ? `${figure.usdBnLow}–${figure.usdBnHigh}`
                    : t("none"));
                return (
                  <tr key={figure.id} className="border-t border-slate-100">
                    <td className={td}>
                      <Link
                        href={`/admin/capex/${figure.id}`}
                        aria-label={t("editLabel", { name: `${company} ${figure.year} ${kind}` })}
                        className="text-accent underline"
                      >
                        {company}
                      </Link>
                    </td>
                    <td className={td}>{figure.year}</td>
                    <td className={td}>{kind}</td>
                    <td className={`${td} text-right tabular-nums`}>{amount}</td>
                    <td className={`${td} text-right tabular-nums`}>{figure.version}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </AdminFrame>
  );
}
