import "server-only";

import { getTranslations } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";
import { getModelBySlug } from "@/lib/db/models";
import { resolveDataVersion } from "@/lib/db/pinned-data";
import { formatYearMonth } from "@/lib/format";
import { pick } from "@/lib/locale";
import { modalityList } from "@/lib/models/query";
import { modalityName, paramsWords, regionName, withQualifier } from "@/lib/models/words";
import { parseDataVersionParam, withDataVersion } from "@/lib/url-state/data-version";
import type { RawSearchParams } from "@/lib/url-state/search-params";

import type { OgCard, OgFact } from "./card";
import { kicker, sourceLine, type OgCardForState } from "./cards";
import { modelSlugParam } from "./request";

/** A model's card, its canonical image query, its figures in one line (the page's og:description) and the data version shown (null: current). */
export type ModelOgCard = OgCardForState & { description: string; version: number | null };

/**
 * One model of the note's table as a preview card: its name, then its maker, region, parameters,
 * access, release date and modalities as tiles, each with its origin (the note's table: 研报), and the table's
 * source. On a pinned link (`v=`) the model as of that data version; an unknown version shows the
 * current data, as the page does. Null when `slug=` names no model: the preview answers 404.
 */
export async function modelOgCard(raw: RawSearchParams, locale: AppLocale): Promise<ModelOgCard | null> {
  const slug = modelSlugParam(raw);
  if (!slug) return null;
  const pin = await resolveDataVersion(parseDataVersionParam(raw).version, "models");
  const version = pin.pinned?.version ?? null;
  const [model, t, tOrigin] = await Promise.all([
    getModelBySlug(slug, locale, version),
    getTranslations({ locale, namespace: "Models" }),
    getTranslations({ locale, namespace: "Origin" }),
  ]);
  if (!model) return null;

  const name = pick(locale, model.nameZh, model.nameEn);
  const params = paramsWords(t, model, locale);
  // As the table's CSV writes them: "Text + Image → Text".
  const modalities = (codes: string) =>
    modalityList(codes)
      .map((code) => modalityName(t, code))
      .join(" + ");
  // Every cell of the note's table is the note's, as the page's badges say.
  const origin = tOrigin("note");
  const facts: OgFact[] = [
    { label: t("colCompany"), value: pick(locale, model.company.nameZh, model.company.nameEn), origin },
    { label: t("colRegion"), value: regionName(t, model.region), origin },
    { label: t("colParams"), value: params.text, ...(params.qualifier ? { qualifier: params.qualifier } : {}), origin },
    { label: t("colAccess"), value: model.openWeights ? t("open") : t("closed"), origin },
    { label: t("colReleased"), value: formatYearMonth(model.released, locale), origin },
    { label: t("colModalities"), value: `${modalities(model.inputs)}\n→ ${modalities(model.outputs)}`, origin },
  ];
  const printedAs =
    model.nameAsPrinted && model.nameAsPrinted !== name ? t("printedAs", { name: model.nameAsPrinted }) : null;
  const zh = locale === "zh";
  const card: OgCard = {
    kicker: await kicker(locale, "models"),
    title: name,
    subtitle: printedAs ? `${t("title")} · ${printedAs}` : t("title"),
    layout: "facts",
    groups: [],
    facts,
    legend: [],
    source: await sourceLine(locale, model.source),
  };
  const figures = facts.map(
    (fact) =>
      `${fact.label}${zh ? "：" : ": "}${withQualifier(t, { text: fact.value.replace("\n", " "), qualifier: fact.qualifier })}`,
  );
  return {
    card,
    query: withDataVersion(new URLSearchParams({ slug: model.slug }).toString(), version),
    version,
    description: `${figures.join(zh ? "；" : "; ")}${zh ? "。" : ". "}${t("detailSource", { source: model.source })}`,
  };
}
