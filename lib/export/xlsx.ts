import "server-only";

import ExcelJS from "exceljs";

import { columnDigits } from "@/lib/charts/data-table";

import { rowOriginWords, type ExportDocument, type ExportPanel } from "./model";

// Sheet names: at most 31 characters, none of : \ / ? * [ ].
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/g;

function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(SHEET_NAME_FORBIDDEN, " ").trim().slice(0, 28) || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** A text's width in character widths (a CJK character counts two). */
function textWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + (/[\u2e80-\uffef]/.test(char) ? 2 : 1), 0);
}

/** A column about as wide as its longest text. */
function widthOf(texts: string[]): number {
  return Math.min(60, Math.max(8, Math.max(...texts.map(textWidth)) + 2));
}

function numberFormat(digits: number): string {
  return digits > 0 ? `#,##0.${"0".repeat(digits)}` : "#,##0";
}

function font(doc: ExportDocument): Partial<ExcelJS.Font> {
  return doc.locale === "zh" ? { name: "Microsoft YaHei", size: 11 } : { name: "Calibri", size: 11 };
}

/**
 * One panel's sheet: the header row (the page's column names, with their unit), one row per table
 * row with its figures as numbers in the unit shown and a number format of the column's precision,
 * the figures' origin as the last column; the caveats and the source under the table.
 */
function addPanelSheet(workbook: ExcelJS.Workbook, doc: ExportDocument, panel: ExportPanel, taken: Set<string>) {
  const sheet = workbook.addWorksheet(sheetName(panel.title, taken), { views: [{ state: "frozen", ySplit: 1 }] });
  const { headers, rows } = panel.table;
  const originHeader = doc.words.originColumn;
  const originTexts = rows.map((_, index) => rowOriginWords(panel.origins[index] ?? [], doc.words.origin, doc.locale));
  sheet.columns = [...headers, originHeader].map((header, column) => ({
    header,
    key: `c${column}`,
    width: widthOf([
      header,
      ...(column < headers.length ? rows.map((cells) => String(cells[column] ?? "")) : originTexts),
    ]),
  }));
  rows.forEach((cells, index) => sheet.addRow([...cells.map((cell) => cell ?? null), originTexts[index] ?? ""]));
  headers.forEach((_, column) => {
    const digits = columnDigits(rows, column);
    if (digits === null) return;
    const cells = sheet.getColumn(column + 1);
    cells.numFmt = numberFormat(digits);
    cells.alignment = { horizontal: "right" };
  });
  sheet.eachRow((row) => {
    row.font = font(doc);
  });
  sheet.getRow(1).font = { ...font(doc), bold: true };
  sheet.getRow(1).alignment = { vertical: "middle", wrapText: true };
  sheet.addRow([]);
  // The words under the table span its width and wrap, so nothing is cut on screen or in print.
  const span = headers.length + 1;
  const spanWidth = sheet.columns.reduce((sum, column) => sum + (column.width ?? 8), 0);
  for (const line of [panel.scenarioLine, panel.subtitle, ...panel.notes, panel.source]) {
    if (!line) continue;
    const row = sheet.addRow([line]);
    row.font = { ...font(doc), color: { argb: "FF475569" } };
    row.alignment = { wrapText: true, vertical: "top" };
    sheet.mergeCells(row.number, 1, row.number, span);
    row.height = 16 * Math.ceil((textWidth(line) * 1.1) / spanWidth);
  }
  sheet.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** The "About" sheet: title, state, sources, URL, date, the link's notices and what the origin words mean. */
function addAboutSheet(
  workbook: ExcelJS.Workbook,
  doc: ExportDocument,
  title: string,
  panels: ExportPanel[],
  taken: Set<string>,
) {
  const { words } = doc;
  const sheet = workbook.addWorksheet(sheetName(words.aboutSheet, taken));
  const rows: [string, string][] = [
    [words.aboutTitle, title],
    [words.aboutState, [doc.scenarioName ? panels[0]?.scenarioLine : null, doc.stateWords].filter(Boolean).join(" · ")],
    ...panels.map((panel): [string, string] => [
      words.aboutSource,
      `${panel.title}${doc.locale === "zh" ? "：" : ": "}${panel.source}`,
    ]),
    [words.aboutUrl, doc.link.url],
    [words.aboutDate, doc.link.date],
    ...(doc.link.version ? [[doc.link.version.label, doc.link.version.text] as [string, string]] : []),
    ...doc.notices.map((notice): [string, string] => [words.aboutNotices, notice]),
    [words.aboutOrigins, words.aboutOriginsText],
  ];
  sheet.columns = [{ width: widthOf(rows.map(([label]) => label)) }, { width: 100 }];
  sheet.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  for (const [label, value] of rows) {
    const row = sheet.addRow([label, value]);
    row.font = font(doc);
    row.getCell(1).font = { ...font(doc), bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  }
  const link = sheet.getColumn(1).values.findIndex((value) => value === words.aboutUrl);
  if (link > 0) sheet.getCell(link, 2).value = { text: doc.link.url, hyperlink: doc.link.url };
}

async function write(doc: ExportDocument, title: string, panels: ExportPanel[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = doc.brand;
  workbook.title = title;
  workbook.created = new Date();
  const taken = new Set<string>();
  for (const panel of panels) addPanelSheet(workbook, doc, panel, taken);
  addAboutSheet(workbook, doc, title, panels, taken);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One panel's workbook: its sheet and the About sheet. */
export function panelXlsx(doc: ExportDocument, panel: ExportPanel): Promise<Buffer> {
  return write(doc, panel.title, [panel]);
}

/** The view's workbook: one sheet per panel, then the About sheet. */
export function viewXlsx(doc: ExportDocument): Promise<Buffer> {
  return write(doc, `${doc.report.title} · ${doc.viewTitle}`, doc.panels);
}
