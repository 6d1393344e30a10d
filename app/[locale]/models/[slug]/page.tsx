import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { ModalityChips } from "@/components/models/modality-chips";
import { SourceBadge } from "@/components/ui/source-badge";
import { PinnedVersionNotice } from "@/components/versions/pinned-version-notice";
import { resolveLocale } from "@/i18n/locale";
import { Link, redirect } from "@/i18n/navigation";
import { getModelBySlug, listModels } from "@/lib/db/models";
import { resolveDataVersion } from "@/lib/db/pinned-data";
import { formatYearMonth } from "@/lib/format";
import { pick } from "@/lib/locale";
import { parseModelsQuery, serializeModelsQuery } from "@/lib/models/params";
import { modelSlugForAlias } from "@/lib/models/slug-alias";
import { modalityName, moeWords, paramsWords, regionName } from "@/lib/models/words";
import { modelMetadata } from "@/lib/og/metadata";
import { parseDataVersionParam, withDataVersion } from "@/lib/url-state/data-version";
import type { RawSearchParams } from "@/lib/url-state/search-params";
import { dataVersionWords } from "@/lib/versions/pinned-words";

export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return modelMetadata((await params).slug, await searchParams, locale);
}

/**
 * One model of the note's table: its row, the caveats the note needs, and its source. The table links
 * here with its own query (/models/o1?region=US), so "back" returns to that list, and the link stays
 * shareable; the query is read with the list's parser, so only a valid list state travels on.
 */
export default async function ModelDetailPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const raw = await searchParams;
  // A pinned link (`v=`) shows the model as it was at that data version, and its back link stays on it.
  const pin = await resolveDataVersion(parseDataVersionParam(raw).version, "models");
  const version = pin.pinned?.version ?? null;
  const listQuery = withDataVersion(serializeModelsQuery(parseModelsQuery(raw).state), version);
  const [model, t, tOrigin, versionWords] = await Promise.all([
    getModelBySlug(slug, locale, version),
    getTranslations({ locale, namespace: "Models" }),
    getTranslations({ locale, namespace: "Origin" }),
    dataVersionWords(pin, locale),
  ]);
  if (!model) {
    // The note's spelling of a model (/models/gpt-o1, /models/ri-ri-xin) goes to the model, with the list's query.
    const target = modelSlugForAlias(slug, await listModels());
    if (target) redirect({ href: `/models/${target}${listQuery ? `?${listQuery}` : ""}`, locale });
    notFound();
  }

  const name = pick(locale, model.nameZh, model.nameEn);
  const caveat = pick(locale, model.caveatZh, model.caveatEn);
  const paramsCell = paramsWords(t, model, locale);
  const moe = moeWords(t, model, locale);
  const rows: [string, ReactNode][] = [
    [t("colCompany"), pick(locale, model.company.nameZh, model.company.nameEn)],
    [t("colRegion"), regionName(t, model.region)],
    [
      t("colParams"),
      <span key="params">
        <span data-testid="model-params">{paramsCell.text}</span>
        {paramsCell.qualifier ? (
          <span className="block text-xs text-slate-500" data-testid="model-params-qualifier">
            {paramsCell.qualifier}
          </span>
        ) : null}
      </span>,
    ],
    [
      t("colMoe"),
      <span key="moe" data-testid="model-moe">
        {moe.text}
        {moe.source ? (
          <span className="mt-1 flex items-start gap-1.5 text-xs text-slate-500">
            <SourceBadge origin="statement" label={tOrigin("statement")} source={moe.source} />
            <span>{moe.source}</span>
          </span>
        ) : null}
      </span>,
    ],
    [
      t("colModalities"),
      <ModalityChips
        key="modalities"
        inputs={model.inputs}
        outputs={model.outputs}
        name={(code) => modalityName(t, code)}
        labels={{ inputs: t("inputs"), outputs: t("outputs") }}
      />,
    ],
    [t("colAccess"), model.openWeights ? t("open") : t("closed")],
    [t("colReleased"), formatYearMonth(model.released, locale)],
  ];

  return (
    <article className="max-w-3xl">
      <Link
        href={listQuery ? `/models?${listQuery}` : "/models"}
        className="text-sm text-accent hover:underline"
        data-testid="detail-back"
      >
        ← {t(listQuery ? "detailBackToList" : "detailBack")}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight sm:text-3xl">{name}</h1>
      {model.nameAsPrinted && model.nameAsPrinted !== name ? (
        <p className="mt-1 text-slate-600">{t("printedAs", { name: model.nameAsPrinted })}</p>
      ) : null}
      {versionWords.notice ? (
        <div className="mt-4">
          <PinnedVersionNotice
            {...versionWords.notice}
            viewPath={`/${locale}/models/${model.slug}`}
            changesPath={`/${locale}/changes`}
            changesOf="models"
          />
        </div>
      ) : null}

      <dl
        className="mt-6 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
        data-testid="model-facts"
      >
        {rows.map(([label, value]) => (
          <div key={label} className="grid grid-cols-[8rem_1fr] gap-3 px-4 py-2.5 text-sm sm:grid-cols-[12rem_1fr]">
            <dt className="text-slate-500">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      {caveat ? (
        <aside
          className="mt-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
          data-testid="model-caveat"
        >
          <h2 className="font-medium">{t("detailCaveat")}</h2>
          <p className="mt-1">{caveat}</p>
        </aside>
      ) : null}

      <p className="mt-6 flex flex-wrap items-center gap-2 text-xs text-slate-500" data-testid="model-source">
        <SourceBadge origin="note" label={tOrigin("note")} source={model.source} />
        <span>{t("detailSource", { source: model.source })}</span>
      </p>
    </article>
  );
}
