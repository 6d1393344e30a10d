import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/i18n/locale";
import { formatDate, formatInteger, formatUsdBn } from "@/lib/format";
import type { RawSearchParams } from "@/lib/url-state/search-params";
import { loadChangesView } from "@/lib/versions/changes-view";

export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Versions" });
  return { title: t("viewChanges"), robots: { index: false, follow: false } };
}

const linkClass = "font-medium text-sky-800 underline underline-offset-2";

/** What changed in a view's data since a pinned link's version (`from=`, `of=`), figure by figure, and what it did to the view's headline. */
export default async function ChangesPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params);
  const [view, t] = await Promise.all([
    loadChangesView(await searchParams, locale),
    getTranslations({ locale, namespace: "Versions" }),
  ]);
  if (view.status === "unknown") {
    return (
      <section>
        <PageHeading title={t("viewChanges")} />
        <p role="status" className="text-slate-700">
          {t("changesUnknown", { value: view.value })}{" "}
          <Link href={view.latestHref} className={linkClass}>
            {t("viewLatest")}
          </Link>
        </p>
      </section>
    );
  }
  const usd = (value: number) => formatUsdBn(value, locale);
  const figure = (value: number, isUsd: boolean) => (isUsd ? usd(value) : formatInteger(value, locale));
  const when = (iso: string) => t("atTime", { date: formatDate(iso.slice(0, 10), locale), time: iso.slice(11, 16) });
  const title = { capex: "changesTitle", models: "changesTitleModels", training: "changesTitleTraining" } as const;
  return (
    <section>
      <PageHeading
        title={t(title[view.of], { date: view.date })}
        subtitle={t("changesSubtitle", { from: view.from, to: view.to })}
      >
        <p className="flex gap-4 text-sm">
          <Link href={view.pinnedHref} className={linkClass} data-testid="changes-pinned">
            {t("backToLink")}
          </Link>
          <Link href={view.latestHref} className={linkClass} data-testid="changes-latest">
            {t("viewLatest")}
          </Link>
        </p>
      </PageHeading>
      {view.headlines.length > 0 ? (
        <div className="mb-6 rounded-md border border-slate-200 bg-white px-4 py-3" data-testid="changes-headline">
          <h2 className="font-semibold">{t(view.of === "models" ? "headlineTitleModels" : "headlineTitle")}</h2>
          {view.headlines.map((line, index) => (
            <p key={line.key} className={`tabular-nums ${index === 0 ? "mt-1" : "text-slate-600"}`}>
              {t(line.key, { before: figure(line.then, line.usd), after: figure(line.now, line.usd) })}
              {line.then === line.now ? t("headlineSame") : ""}
            </p>
          ))}
        </div>
      ) : null}
      {view.rows.length === 0 ? (
        <p className="text-slate-700">{t(view.of === "training" ? "changesNoneTraining" : "changesNone")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="changes-table">
            <thead className="border-b border-slate-300 text-slate-600">
              <tr>
                {(["colWhat", "colField", "colOld", "colNew", "colOrigin", "colWho", "colWhen"] as const).map((key) => (
                  <th key={key} scope="col" className="px-2 py-2 font-medium">
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row, index) => (
                <tr key={index} className="border-b border-slate-100 align-top">
                  <th scope="row" className="px-2 py-2 font-medium">
                    {row.what}
                  </th>
                  <td className="px-2 py-2">{row.field}</td>
                  <td className="px-2 py-2 text-slate-500 tabular-nums line-through decoration-slate-400">
                    {row.before ?? t("empty")}
                  </td>
                  <td className="px-2 py-2 tabular-nums">{row.after ?? t("empty")}</td>
                  <td className="px-2 py-2">{row.origin ? view.originLabels[row.origin] : ""}</td>
                  <td className="px-2 py-2">{row.who}</td>
                  <td className="px-2 py-2 whitespace-nowrap tabular-nums">{when(row.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
