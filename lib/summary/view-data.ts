import "server-only";

import { getTranslations } from "next-intl/server";
import { cache } from "react";

import type { AppLocale } from "@/i18n/routing";
import { getKeyFigures } from "@/lib/db/key-figures";
import { listModels } from "@/lib/db/models";
import { getReport } from "@/lib/db/report";
import { listTrainingRuns } from "@/lib/db/training";
import type { FigureSource } from "@/lib/figures/figure-source";
import { formatDate, formatFigure, formatInteger, formatPercent } from "@/lib/format";
import { pick } from "@/lib/locale";
import { withFullWidthBrackets, zhNameWithDegree } from "@/lib/text/zh-typography";

import { extractionCorrections } from "./corrections";
import {
  keyFigureSourceTexts,
  selectKeyFigures,
  STARGATE_ANNOUNCED,
  type KeyFigure,
  type KeyFigureKey,
} from "./figures";
import type { SummaryTile } from "./tiles";

type SummaryT = Awaited<ReturnType<typeof getTranslations<"Summary">>>;
type OriginT = Awaited<ReturnType<typeof getTranslations<"Origin">>>;

/**
 * Everything the Summary shows, read and checked (a key figure missing from the database throws:
 * lib/summary/figures.ts) and worded in the locale: the note's header, the five key-figure tiles, the
 * three theses with their figures, and what the sources section needs.
 */
export const loadSummaryView = cache(async (locale: AppLocale) => {
  const [t, origin, report, figureRows, models, runs] = await Promise.all([
    getTranslations({ locale, namespace: "Summary" }),
    getTranslations({ locale, namespace: "Origin" }),
    getReport(),
    getKeyFigures(locale),
    listModels(),
    listTrainingRuns(locale),
  ]);
  const figures = selectKeyFigures(figureRows);
  const fmt = (figure: KeyFigure) => formatFigure(figure.value, figure.unit, locale);
  // What a computed figure was computed from, in words; the others cite their source.
  const sourceTexts = keyFigureSourceTexts(figures, {
    capex_total_2025_implied: t("computedFrom.capex_total_2025_implied", {
      capex2024: fmt(figures.capex_total_2024),
      growth: formatPercent(figures.capex_growth_2025.value, locale),
    }),
    training_ratio_computed: t("computedFrom.training_ratio_computed", {
      v3Hours: fmt(figures.v3_gpu_hours),
      llamaHours: fmt(figures.llama3_gpu_hours),
    }),
  });
  const words: Words = {
    t,
    origin,
    locale,
    figures,
    sourceTexts,
    fmt,
    stargateDate: formatDate(STARGATE_ANNOUNCED, locale),
  };

  const title = pick(locale, report.titleZh, report.titleEn);
  const publisher = pick(locale, report.publisherZh, report.publisherEn);
  const type = pick(locale, report.typeZh, report.typeEn);
  const published = formatDate(report.published, locale);
  const analystNames = report.analysts
    .filter((analyst) => analyst.role === "analyst")
    .map((analyst) => pick(locale, analyst.nameZh, analyst.nameEn));
  return {
    t,
    figures,
    sourceTexts,
    header: {
      title,
      publisher,
      type,
      published,
      // The note prints "增持 (维持)": set in Chinese typography on the zh page.
      rating: locale === "zh" ? withFullWidthBrackets(report.ratingZh) : report.ratingEn,
      meta: [
        { term: t("publisher"), detail: publisher },
        { term: t("date"), detail: published },
        { term: t("type"), detail: type },
        { term: t("sector"), detail: pick(locale, report.sectorZh, report.sectorEn) },
        { term: t("region"), detail: pick(locale, report.regionZh, report.regionEn) },
      ],
      analysts: report.analysts.map((analyst) => ({
        id: analyst.id,
        // The analysts' list gives the degree the note prints ("黄乐平，PhD"); the citation names them only.
        name: pick(locale, zhNameWithDegree(analyst.nameZh, analyst.nameEn), analyst.nameEn),
        role: analyst.role === "contact" ? t("roleContact") : t("roleAnalyst"),
        registration: t("registration", { sac: analyst.sac, sfc: analyst.sfc }),
      })),
    },
    eventDate: formatDate(report.eventDate, locale),
    tiles: summaryTiles(words, models.length),
    theses: summaryTheses(words, runs.find((run) => run.slug === "deepseek-v3")?.clusterGpus ?? 2048),
    corrections: extractionCorrections({ v3CostUsdMillion: figures.v3_cost.value }),
    citation: t("citation", {
      publisher,
      analysts: analystNames.join(locale === "zh" ? "、" : ", "),
      title,
      type,
      date: published,
    }),
  };
});

type Words = {
  t: SummaryT;
  origin: OriginT;
  locale: AppLocale;
  figures: Record<KeyFigureKey, KeyFigure>;
  sourceTexts: Record<KeyFigureKey, string>;
  fmt: (figure: KeyFigure) => string;
  stargateDate: string;
};

function sourcesOf({ t, origin, sourceTexts }: Words, ...list: KeyFigure[]): FigureSource[] {
  return list.map((figure) => ({
    origin: figure.origin,
    originLabel: origin(figure.origin),
    source: sourceTexts[figure.key],
    line:
      figure.origin === "computed" ? sourceTexts[figure.key] : t("figureSource", { source: sourceTexts[figure.key] }),
  }));
}

/** The five key-figure tiles, in the order the Summary shows them. */
function summaryTiles(words: Words, modelCount: number): SummaryTile[] {
  const { t, origin, locale, figures, fmt } = words;
  const capex = { href: "/capex", linkLabel: t("exploreCapex") } as const;
  return [
    {
      id: "capex-2024",
      label: t("tileCapex2024"),
      value: fmt(figures.capex_total_2024),
      note: t("tileCapex2024Note"),
      sources: sourcesOf(words, figures.capex_total_2024),
      ...capex,
    },
    {
      id: "capex-growth",
      label: t("tileGrowth"),
      value: formatPercent(figures.capex_growth_2025.value, locale, { signed: true }),
      note: t("tileGrowthNote", { implied: fmt(figures.capex_total_2025_implied) }),
      sources: sourcesOf(words, figures.capex_growth_2025, figures.capex_total_2025_implied),
      ...capex,
    },
    {
      id: "stargate",
      label: t("tileStargate"),
      value: fmt(figures.stargate_usd_bn),
      note: t("tileStargateNote", { initial: fmt(figures.stargate_initial_usd_bn), date: words.stargateDate }),
      sources: sourcesOf(words, figures.stargate_usd_bn),
      ...capex,
    },
    {
      id: "training",
      wide: true,
      sentence: true,
      label: t("tileTraining"),
      value: t("tileTrainingValue", { v3: fmt(figures.v3_gpu_hours), llama: fmt(figures.llama3_gpu_hours) }),
      note: t("tileTrainingNote", {
        stated: fmt(figures.training_ratio_stated),
        computed: fmt(figures.training_ratio_computed),
        cost: fmt(figures.v3_cost),
      }),
      sources: sourcesOf(
        words,
        figures.v3_gpu_hours,
        figures.llama3_gpu_hours,
        figures.training_ratio_stated,
        figures.training_ratio_computed,
      ),
      href: "/training",
      linkLabel: t("exploreTraining"),
    },
    {
      id: "models",
      label: t("tileModels"),
      value: t("tileModelsValue", { count: formatInteger(modelCount, locale) }),
      note: t("tileModelsNote"),
      // The list of models is the note's; the count is just how many rows it has.
      sources: [
        {
          origin: "note",
          originLabel: origin("note"),
          source: t("tileModelsSource"),
          line: t("figureSource", { source: t("tileModelsSource") }),
        },
      ],
      href: "/models",
      linkLabel: t("exploreModels"),
    },
  ];
}

/** The note's three theses: body, takeaway and the figures behind each (the third rests on none). */
function summaryTheses(words: Words, v3Gpus: number) {
  const { t, origin, locale, figures, fmt, sourceTexts } = words;
  const growth = formatPercent(figures.capex_growth_2025.value, locale, { signed: true });
  const figureLine = (figure: KeyFigure) => ({
    label: t(`figureLabels.${figure.key}`),
    value: figure.key === "capex_growth_2025" ? growth : fmt(figure),
    origin: figure.origin,
    originLabel: origin(figure.origin),
    source: sourceTexts[figure.key],
  });
  return [
    {
      n: 1,
      title: t("thesis1Title"),
      body: t("thesis1Body", {
        v3Hours: fmt(figures.v3_gpu_hours),
        llamaHours: fmt(figures.llama3_gpu_hours),
        gpus: formatInteger(v3Gpus, locale),
      }),
      takeaway: t("thesis1Takeaway", { ratio: fmt(figures.training_ratio_stated) }),
      figures: [figures.v3_gpu_hours, figures.llama3_gpu_hours, figures.training_ratio_stated, figures.v3_cost].map(
        figureLine,
      ),
    },
    {
      n: 2,
      title: t("thesis2Title"),
      body: t("thesis2Body", {
        capex2024: fmt(figures.capex_total_2024),
        growth: formatPercent(figures.capex_growth_2025.value, locale),
        capex2025: fmt(figures.capex_total_2025_implied),
        stargateDate: words.stargateDate,
      }),
      takeaway: t("thesis2Takeaway"),
      figures: [figures.capex_total_2024, figures.capex_growth_2025, figures.capex_total_2025_implied].map(figureLine),
    },
    { n: 3, title: t("thesis3Title"), body: t("thesis3Body"), takeaway: t("thesis3Takeaway"), figures: [] },
  ];
}
