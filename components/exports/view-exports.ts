import "server-only";

import { getMessages, getTranslations } from "next-intl/server";

import { capexByCompanyPanel, capexSensitivityPanel } from "@/components/capex/capex-panels";
import { modelsChartPanel } from "@/components/models/models-chart-panel";
import { trainingChartPanel } from "@/components/training/training-chart-spec";
import type { AppLocale } from "@/i18n/routing";
import { capexFigureOrigins } from "@/lib/capex/figure-origins";
import { loadCapexView } from "@/lib/capex/view-data";
import { serializeCapexQuery } from "@/lib/capex/view-state";
import { getChartPanelLabels } from "@/lib/charts/panel-labels";
import type { DataVersionPin } from "@/lib/db/pinned-data";
import { getReport } from "@/lib/db/report";
import { pinnedUrl } from "@/lib/export/data-version";
import { exportFileBase } from "@/lib/export/file-name";
import type { CellOrigins, ExportDocument } from "@/lib/export/model";
import { originLabels } from "@/lib/figures/origin-labels";
import { formatDate, formatUsdPerGpuHour } from "@/lib/format";
import { pick } from "@/lib/locale";
import { MODEL_CHART_VIEWS, serializeModelsQuery } from "@/lib/models/params";
import { loadModelsView } from "@/lib/models/view-data";
import { modelsChartSubtitle, modelsFileParts } from "@/lib/models/words";
import { configuredOrigin } from "@/lib/site-origin";
import { fillTemplate } from "@/lib/template";
import { costRuns } from "@/lib/training/cost";
import { parseTrainingQuery, serializeTrainingQuery } from "@/lib/training/params";
import { loadTrainingView } from "@/lib/training/view-data";
import { trainingChartSubtitle, trainingFileBase } from "@/lib/training/words";
import type { UrlNotice } from "@/lib/url-state/notice";
import type { RawSearchParams } from "@/lib/url-state/search-params";
import { dataVersionWords } from "@/lib/versions/pinned-words";
import type { FigureOrigin } from "@/lib/vocabulary";

import { exportPanel, type ChartExportPanel, type PanelContent } from "./native-chart";

/** The views with PowerPoint and Excel exports. */
export const EXPORT_VIEWS = ["capex", "models", "training"] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

type ViewPanels = {
  query: string;
  /** The data version the view's figures are of (lib/db/pinned-data.ts). */
  pin: DataVersionPin;
  stateWords: string;
  scenarioName: string | null;
  fileBase: string;
  notices: UrlNotice[];
  panels: { content: PanelContent; origins: CellOrigins }[];
};

/** Each row's origins: the first cell names the row, the rest are figures. */
const row = (...figures: (FigureOrigin | null)[]): (FigureOrigin | null)[] => [null, ...figures];

async function capexPanels(raw: RawSearchParams, locale: AppLocale): Promise<ViewPanels> {
  const [view, chartLabels] = await Promise.all([loadCapexView(raw, locale), getChartPanelLabels(locale)]);
  const query = serializeCapexQuery(view.state);
  const savedScenarioName = view.state.scenarioId ? view.savedScenarioName : null;
  const props = {
    locale,
    outcome: view.outcome,
    bases: view.bases,
    companyNames: view.companies.map((company) => company.name),
    note: view.note,
    actual: view.actuals,
    scenarioInWords: view.scenarioInWords,
    fileParts: view.fileParts,
    query,
    savedScenarioName,
    labels: view.labels,
    chartLabels,
  };
  // The origins the page's badges show (capexFigureOrigins), cell by cell of each panel's table.
  const origins = capexFigureOrigins(
    view.outcome,
    view.companies.map((company) => ({
      ticker: company.ticker,
      reportedSource: company.reported.source,
      guidanceGrowth: view.afterNote.guidanceGrowth[company.ticker] ?? null,
    })),
    view.note,
    view.labels,
    locale,
  );
  const vs = view.afterNote.noteVsActual;
  const actualOf = (ticker: string) => vs.companies.find((company) => company.ticker === ticker)?.actual2025 ?? null;
  const byCompany = capexByCompanyPanel(props);
  const sensitivity = capexSensitivityPanel(props);
  const byCompanyOrigins = [
    ...origins.companies.map((company) =>
      row(
        company.base2024.origin,
        company.value2025.origin,
        company.growth.origin,
        actualOf(company.ticker)?.origin ?? null,
      ),
    ),
    row(
      origins.scenario.total2024.origin,
      origins.scenario.total2025.origin,
      origins.scenario.growth.origin,
      vs.actual2025?.origin ?? null,
    ),
  ];
  // Rows: the uniform-growth line (assumed growth on the filings' total), the note's point, the actual, this scenario.
  const sensitivityOrigins = sensitivity.table.rows.map((_, index, rows) => {
    const uniform = rows.length - (vs.actual2025 && vs.actualGrowth ? 3 : 2);
    if (index < uniform) return row("scenario", "scenario");
    if (index === uniform) return row(origins.note.growth.origin, origins.note.total2025.origin);
    if (index === rows.length - 1) return row(origins.scenario.growth.origin, origins.scenario.total2025.origin);
    return row(vs.actualGrowth?.origin ?? null, vs.actual2025?.origin ?? null);
  });
  return {
    query,
    pin: view.pin,
    stateWords: view.scenarioInWords,
    scenarioName: savedScenarioName,
    fileBase: exportFileBase("capex", view.fileParts),
    notices: view.notices,
    panels: [
      { content: byCompany, origins: byCompanyOrigins },
      { content: sensitivity, origins: sensitivityOrigins },
    ],
  };
}

async function modelsPanels(raw: RawSearchParams, locale: AppLocale): Promise<ViewPanels> {
  const [{ t, state, notices, pin, models, filters }, chartLabels] = await Promise.all([
    loadModelsView(raw, locale),
    getChartPanelLabels(locale),
  ]);
  // The active chart first, then the view's other charts of the same models.
  const views = [state.view, ...MODEL_CHART_VIEWS.filter((view) => view !== state.view)];
  return {
    query: serializeModelsQuery(state),
    pin,
    stateWords: modelsChartSubtitle(t, filters, models.length),
    scenarioName: null,
    fileBase: exportFileBase("models", modelsFileParts(state)),
    notices,
    panels: views.map((view) => {
      const { content } = modelsChartPanel(view, {
        models,
        state,
        filters,
        locale,
        t,
        logScaleNote: chartLabels.logScaleNote,
      });
      // Counts of the note's models are the app's; the parameters are the note's (its table).
      const origin: FigureOrigin = view === "params" ? "note" : "computed";
      return {
        content,
        origins: content.table.rows.map((cells) =>
          cells.map((cell, column) => (column > 0 && typeof cell === "number" ? origin : null)),
        ),
      };
    }),
  };
}

async function trainingPanels(raw: RawSearchParams, locale: AppLocale): Promise<ViewPanels> {
  const { state, notices } = parseTrainingQuery(raw);
  const [view, chartLabels] = await Promise.all([loadTrainingView(raw, locale), getChartPanelLabels(locale)]);
  const subtitle = trainingChartSubtitle(state, view.labels);
  const content = trainingChartPanel({
    locale,
    runs: costRuns(view.runs, state.priceUsdPerGpuHour),
    scale: state.scale,
    subtitle,
    price: formatUsdPerGpuHour(state.priceUsdPerGpuHour, locale),
    caveats: view.labels.caveats,
    fileBase: trainingFileBase(state),
    labels: view.labels,
    logScaleNote: chartLabels.logScaleNote,
  });
  // The GPU-hours are the note's (the view's stat tiles say so); GPU names are text.
  const hoursOrigin = view.stats.find((stat) => stat.id === "v3-hours")?.origin ?? "note";
  return {
    query: serializeTrainingQuery(state),
    pin: view.pin,
    stateWords: subtitle,
    scenarioName: null,
    fileBase: trainingFileBase(state),
    notices,
    panels: [
      {
        content,
        origins: content.table.rows.map((cells) =>
          cells.map((cell) => (typeof cell === "number" ? hoursOrigin : null)),
        ),
      },
    ],
  };
}

async function exportWords(locale: AppLocale): Promise<ExportDocument["words"]> {
  const [messages, origin] = await Promise.all([getMessages({ locale }), originLabels(locale)]);
  return { ...messages.Exports, origin };
}

/** Today (the server's date), as the locale writes dates. */
function today(locale: AppLocale): string {
  return formatDate(new Date().toISOString().slice(0, 10), locale);
}

/**
 * A view's exports for its URL state: every chart panel the view shows, built by the same functions
 * as the page's panels from the same loaders (so labels, numbers and caveats are the page's), with
 * each figure's origin, the state's canonical query and shareable URL, and the note's record.
 */
export async function loadExportDocument(
  view: ExportView,
  raw: RawSearchParams,
  locale: AppLocale,
): Promise<ExportDocument<ChartExportPanel>> {
  const [panels, words, chartLabels, tNav, tNotices, tMeta, report] = await Promise.all([
    view === "capex"
      ? capexPanels(raw, locale)
      : view === "models"
        ? modelsPanels(raw, locale)
        : trainingPanels(raw, locale),
    exportWords(locale),
    getChartPanelLabels(locale),
    getTranslations({ locale, namespace: "Nav" }),
    getTranslations({ locale, namespace: "Notices" }),
    getTranslations({ locale, namespace: "Meta" }),
    getReport(),
  ]);
  const panelWords = {
    noteLabel: (note: string) => fillTemplate(chartLabels.noteLabel, { note }),
    sourceLine: (source: string) => fillTemplate(chartLabels.sourceLine, { source }),
    scenarioLine: (name: string) => fillTemplate(chartLabels.savedScenarioLine, { name }),
    origin: words.origin,
  };
  const path = `/${locale}/${view}${panels.query ? `?${panels.query}` : ""}`;
  // The files name the data version they show, and their link opens it again (pinned, `v=`).
  const { stamp } = await dataVersionWords(panels.pin, locale);
  return {
    view,
    locale,
    viewTitle: tNav(view),
    stateWords: panels.stateWords,
    scenarioName: panels.scenarioName,
    notices: panels.notices.map((notice) => tNotices(notice.key, notice.values)),
    link: {
      query: panels.query,
      url: pinnedUrl(new URL(path, configuredOrigin()).toString(), stamp),
      date: today(locale),
      version: stamp ? { label: stamp.labels.version, text: stamp.text } : null,
    },
    panels: panels.panels.map(({ content, origins }) => exportPanel(content, origins, panelWords, locale)),
    fileBase: panels.fileBase,
    report: {
      title: pick(locale, report.titleZh, report.titleEn),
      house: pick(locale, report.publisherZh, report.publisherEn),
      date: formatDate(report.published, locale),
      rating: pick(locale, report.ratingZh, report.ratingEn),
    },
    brand: tMeta("appName"),
    words,
  };
}
