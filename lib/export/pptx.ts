import "server-only";

import PptxGenJS from "pptxgenjs";

import { BRAND_ACCENT, CHART_PALETTES } from "@/lib/charts/tokens";

import { figureLines, type ExportDocument, type ExportPanel, type NativeChart } from "./model";

const palette = CHART_PALETTES.light;
const hex = (colour: string) => colour.replace("#", "").slice(0, 6).toUpperCase();

// 16:9 at PowerPoint's widescreen size, in inches.
const WIDTH = 13.333;
const HEIGHT = 7.5;
const MARGIN = 0.5;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;

/**
 * The typeface and language of every run: a Chinese deck names a CJK font, which pptxgenjs writes
 * as the run's Latin, East Asian and complex-script typeface (PowerPoint, WPS and LibreOffice then
 * all pick a CJK face for the Chinese), with the run's language zh-CN.
 */
function typeface(locale: ExportDocument["locale"]) {
  return locale === "zh" ? { fontFace: "Microsoft YaHei", lang: "zh-CN" } : { fontFace: "Arial", lang: "en-US" };
}

/** Roughly how many lines a text takes in a box (CJK characters a font size wide, others about half). */
function lineCount(text: string, fontSizePt: number, widthIn: number): number {
  const widthPt = [...text].reduce((sum, char) => sum + (/[\u2e80-\uffef]/.test(char) ? 1 : 0.55) * fontSizePt, 0);
  return Math.max(1, Math.ceil(widthPt / (widthIn * 72 * 0.95)));
}

function heightOf(lines: string[], fontSizePt: number): number {
  return (lines.reduce((sum, line) => sum + lineCount(line, fontSizePt, TEXT_WIDTH), 0) * fontSizePt * 1.25) / 72 + 0.1;
}

function formatCode(digits: number): string {
  return digits > 0 ? `#,##0.${"0".repeat(digits)}` : "#,##0";
}

function addNativeChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  chart: NativeChart,
  box: PptxGenJS.PositionProps,
  font: ReturnType<typeof typeface>,
) {
  const text = { fontFace: font.fontFace, color: hex(palette.muted) };
  const options: PptxGenJS.IChartOpts = {
    ...box,
    lang: font.lang,
    chartColors: chart.series.map((series) => hex(series.colour)),
    showValue: chart.kind !== "scatter",
    dataLabelFormatCode: formatCode(chart.digits),
    dataLabelFontFace: font.fontFace,
    dataLabelFontSize: 11,
    dataLabelColor: hex(palette.ink),
    showLegend: chart.series.length > 1,
    legendPos: "b",
    legendFontFace: font.fontFace,
    legendFontSize: 12,
    catAxisLabelFontFace: text.fontFace,
    catAxisLabelColor: text.color,
    catAxisLabelFontSize: 12,
    valAxisLabelFontFace: text.fontFace,
    valAxisLabelColor: text.color,
    valAxisLabelFontSize: 11,
    valAxisLabelFormatCode: "#,##0",
    valGridLine: { color: hex(palette.grid), size: 0.75 },
    showValAxisTitle: Boolean(chart.valueAxisTitle),
    valAxisTitle: chart.valueAxisTitle,
    valAxisTitleFontFace: text.fontFace,
    valAxisTitleColor: text.color,
    valAxisTitleFontSize: 12,
    showCatAxisTitle: Boolean(chart.categoryAxisTitle),
    catAxisTitle: chart.categoryAxisTitle,
    catAxisTitleFontFace: text.fontFace,
    catAxisTitleColor: text.color,
    catAxisTitleFontSize: 12,
    ...(chart.log ? { valAxisLogScaleBase: 10 } : {}),
  };
  if (chart.kind === "scatter") {
    // All series share the x values (the union of every point's x); a series is blank where it has no point.
    const labels = (values: (number | null)[], labelled: boolean) =>
      values.map((value) =>
        value === null || !labelled
          ? ""
          : value.toLocaleString(font.lang, {
              maximumFractionDigits: chart.digits,
              minimumFractionDigits: chart.digits,
            }),
      );
    slide.addChart(
      pptx.ChartType.scatter,
      [
        { name: chart.categoryAxisTitle, values: chart.xValues },
        ...chart.series.map((series) => ({
          name: series.name,
          values: series.values,
          labels: [labels(series.values, series.labelled)],
        })),
      ],
      {
        ...options,
        showLabel: true,
        dataLabelFormatScatter: "custom",
        dataLabelPosition: "r",
        lineSize: 2,
        lineDataSymbol: "circle",
        lineDataSymbolSize: 9,
        displayBlanksAs: "span",
      },
    );
    return;
  }
  const data = chart.series.map((series) => ({ name: series.name, labels: chart.categories, values: series.values }));
  if (chart.kind === "dots") {
    // Dots on a log axis, as the page draws them: markers without lines (a bar's length would mean nothing without a zero).
    slide.addChart(pptx.ChartType.line, data, {
      ...options,
      lineSize: 0,
      lineDataSymbol: "circle",
      lineDataSymbolSize: 10,
      dataLabelPosition: "r",
    });
    return;
  }
  slide.addChart(pptx.ChartType.bar, data, {
    ...options,
    barDir: chart.horizontal ? "bar" : "col",
    barGrouping: chart.stacked ? "stacked" : "clustered",
    ...(chart.stacked
      ? { overlap: 100, dataLabelPosition: "ctr", dataLabelColor: "FFFFFF" }
      : { dataLabelPosition: "outEnd" }),
    barGapWidthPct: 60,
  });
}

/** The data version the deck shows, labelled ("数据版本：第 5 版（2026 年 12 月 3 日）"), or nothing. */
const versionWords = (doc: ExportDocument): string[] =>
  doc.link.version ? [`${doc.link.version.label}${doc.locale === "zh" ? "：" : ": "}${doc.link.version.text}`] : [];

/** The bottom line of every slide: the view's URL and the date on the left, the product's name on the right. */
function addSignature(slide: PptxGenJS.Slide, doc: ExportDocument) {
  const font = typeface(doc.locale);
  const y = HEIGHT - MARGIN - 0.3;
  slide.addShape("line", { x: MARGIN, y, w: TEXT_WIDTH, h: 0, line: { color: hex(palette.grid), width: 0.75 } });
  slide.addText([doc.link.url, doc.link.date, ...versionWords(doc)].join(" · "), {
    x: MARGIN,
    y: y + 0.04,
    w: TEXT_WIDTH * 0.75,
    h: 0.3,
    fontSize: 9,
    color: hex(palette.muted),
    ...font,
    hyperlink: { url: doc.link.url },
  });
  slide.addText(
    [
      { text: "■ ", options: { color: hex(BRAND_ACCENT) } },
      { text: doc.brand, options: { color: hex(palette.ink), bold: true } },
    ],
    { x: MARGIN + TEXT_WIDTH * 0.75, y: y + 0.04, w: TEXT_WIDTH * 0.25, h: 0.3, fontSize: 11, align: "right", ...font },
  );
}

/**
 * One panel's slide: its title and state as the slide's title, the native chart (its data in the
 * chart's embedded workbook, value labels on), the caveats and the source as a footnote, the URL and
 * date; the speaker notes say what each figure is (note, filing, statement, computed, scenario).
 */
function addPanelSlide(pptx: PptxGenJS, doc: ExportDocument, panel: ExportPanel, withNotices: boolean) {
  const font = typeface(doc.locale);
  const slide = pptx.addSlide();
  slide.background = { color: "FFFFFF" };
  let y = MARGIN - 0.1;
  const titleHeight = heightOf([panel.title], 24);
  slide.addText(panel.title, {
    x: MARGIN,
    y,
    w: TEXT_WIDTH,
    h: titleHeight,
    fontSize: 24,
    bold: true,
    color: hex(palette.ink),
    valign: "top",
    margin: 0,
    ...font,
  });
  y += titleHeight;
  const state = [panel.scenarioLine, panel.subtitle].filter((line): line is string => Boolean(line));
  if (state.length) {
    const stateHeight = heightOf(state, 13);
    slide.addText(
      state.map((line, index) => ({
        text: line,
        options: {
          breakLine: index < state.length - 1,
          color: hex(index === 0 && panel.scenarioLine ? BRAND_ACCENT : palette.muted),
          bold: index === 0 && Boolean(panel.scenarioLine),
        },
      })),
      { x: MARGIN, y, w: TEXT_WIDTH, h: stateHeight, fontSize: 13, valign: "top", margin: 0, ...font },
    );
    y += stateHeight;
  }
  const footnotes = [...(withNotices ? doc.notices : []), ...panel.notes, panel.source];
  const footHeight = heightOf(footnotes, 10);
  const footY = HEIGHT - MARGIN - 0.35 - footHeight;
  addNativeChart(
    pptx,
    slide,
    panel.chart,
    { x: MARGIN, y: y + 0.1, w: TEXT_WIDTH, h: Math.max(2.5, footY - y - 0.2) },
    font,
  );
  slide.addText(
    footnotes.map((line, index) => ({ text: line, options: { breakLine: index < footnotes.length - 1 } })),
    {
      x: MARGIN,
      y: footY,
      w: TEXT_WIDTH,
      h: footHeight,
      fontSize: 10,
      color: hex(palette.muted),
      valign: "bottom",
      margin: 0,
      ...font,
    },
  );
  addSignature(slide, doc);
  const { words } = doc;
  slide.addNotes(
    [
      panel.title,
      ...state,
      "",
      words.figuresHeading,
      ...figureLines(panel, words.origin, doc.locale),
      "",
      ...footnotes,
      doc.link.url,
      ...versionWords(doc),
    ].join("\n"),
  );
}

/** The deck's first slide: the note (title, house, date, rating) and the view's scenario or state. */
function addTitleSlide(pptx: PptxGenJS, doc: ExportDocument) {
  const font = typeface(doc.locale);
  const { words, report } = doc;
  const slide = pptx.addSlide();
  slide.background = { color: "FFFFFF" };
  slide.addShape("rect", {
    x: 0,
    y: 0,
    w: 0.18,
    h: HEIGHT,
    fill: { color: hex(BRAND_ACCENT) },
    line: { color: hex(BRAND_ACCENT) },
  });
  slide.addText(report.title, {
    x: MARGIN + 0.3,
    y: 1.2,
    w: TEXT_WIDTH - 0.3,
    h: 1.4,
    fontSize: 32,
    bold: true,
    color: hex(palette.ink),
    valign: "bottom",
    margin: 0,
    ...font,
  });
  const colon = doc.locale === "zh" ? "：" : ": ";
  slide.addText(
    [
      { text: `${words.house}${colon}${report.house}`, options: { breakLine: true } },
      { text: `${words.reportDate}${colon}${report.date}`, options: { breakLine: true } },
      { text: `${words.rating}${colon}${report.rating}` },
    ],
    {
      x: MARGIN + 0.3,
      y: 2.8,
      w: TEXT_WIDTH - 0.3,
      h: 1.2,
      fontSize: 16,
      color: hex(palette.ink),
      valign: "top",
      margin: 0,
      paraSpaceAfter: 4,
      ...font,
    },
  );
  const state = [
    { text: doc.viewTitle, options: { bold: true, color: hex(palette.ink), breakLine: true } },
    ...(doc.scenarioName
      ? [
          {
            text: doc.panels[0]?.scenarioLine ?? doc.scenarioName,
            options: { bold: true, color: hex(BRAND_ACCENT), breakLine: true },
          },
        ]
      : []),
    {
      text: `${words.scenario}${colon}${doc.stateWords}`,
      options: { color: hex(palette.muted), breakLine: doc.notices.length > 0 },
    },
    ...doc.notices.map((notice, index) => ({
      text: notice,
      options: { color: hex(palette.muted), breakLine: index < doc.notices.length - 1 },
    })),
  ];
  slide.addText(state, {
    x: MARGIN + 0.3,
    y: 4.3,
    w: TEXT_WIDTH - 0.3,
    h: 2.0,
    fontSize: 14,
    valign: "top",
    margin: 0,
    paraSpaceAfter: 4,
    ...font,
  });
  addSignature(slide, doc);
}

function newDeck(doc: ExportDocument, title: string): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.author = doc.brand;
  pptx.company = doc.report.house;
  pptx.title = title;
  pptx.subject = doc.link.url;
  pptx.theme = {
    headFontFace: typeface(doc.locale).fontFace,
    bodyFontFace: typeface(doc.locale).fontFace,
  };
  return pptx;
}

async function write(pptx: PptxGenJS): Promise<Buffer> {
  return (await pptx.write({ outputType: "nodebuffer", compression: true })) as Buffer;
}

/** One panel as a one-slide deck (the link's notices, if any, in its footnote). */
export function panelPptx(doc: ExportDocument, panel: ExportPanel): Promise<Buffer> {
  const pptx = newDeck(doc, panel.title);
  addPanelSlide(pptx, doc, panel, true);
  return write(pptx);
}

/** The view's deck: a title slide, then one slide per panel. */
export function viewPptx(doc: ExportDocument): Promise<Buffer> {
  const pptx = newDeck(doc, `${doc.report.title} · ${doc.viewTitle}`);
  addTitleSlide(pptx, doc);
  for (const panel of doc.panels) addPanelSlide(pptx, doc, panel, false);
  return write(pptx);
}
