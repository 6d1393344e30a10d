/** The rows a chart or table shows, as exported: its accessible data table and its CSV. */
export type ExportTable = { headers: string[]; rows: (string | number | null)[][] };

/**
 * A table as CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF lines, RFC 4180 quoting.
 * `state` names what the rows show (the preset and overrides, a section), `notes` the caveats the panel
 * shows: a file read on its own says what the page says.
 */
export type CsvTable = ExportTable & {
  source: string;
  sourceLabel: string;
  state?: { label: string; text: string };
  notes?: { label: string; texts: string[] };
  /** Label/value lines after the source line, e.g. the data version and its link (lib/export/data-version.ts). */
  closingLines?: [string, string][];
};

const BOM = "\uFEFF";

// A spreadsheet reads a cell that starts with one of these as a formula (or, for tab and CR, strips
// them and reads what follows): OWASP's list for CSV injection.
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain decimal number ("-12.5", "3e-4") is a value, not a formula: it stays as it is, so a
// negative figure still sorts and sums as a number.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * One cell. Numbers (and text that is a plain decimal number) are written as they are; any other
 * text starting with = + - @, a tab or CR gets a leading apostrophe (OWASP: the spreadsheet then
 * shows it as text and never evaluates it), then RFC 4180 quoting applies.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The width a line under the table may take, in columns (a CJK character counts two): spreadsheets
 * size a column to its longest cell on import (LibreOffice Calc does), so a note in a column of its
 * own would widen that column to a page and push the table's figures onto further pages.
 */
export const FOOTER_WIDTH = 40;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
// Chinese punctuation that never starts a line: it stays with the character before it.
const NO_LINE_START = /^[，。、；：？！）】》」』”’…—]/u;
const displayWidth = (text: string) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);

/**
 * A text cut into lines of at most `width` columns, between words or between CJK characters; each
 * line keeps the space it ended on, so the lines joined with nothing are the text again.
 */
export function wrapLine(text: string, width = FOOTER_WIDTH): string[] {
  const tokens = text.match(/[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+\s*|\S\s*|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line && displayWidth(line + token.trimEnd()) > width && !NO_LINE_START.test(token)) {
      lines.push(line);
      line = "";
    }
    line += token;
  }
  if (line) lines.push(line);
  // A line that is only a number ("2024") would be read as a figure: it stays on the line before.
  return lines.reduce<string[]>((kept, next) => {
    if (kept.length > 0 && /^[-+]?[\d.,]+%?$/.test(next.trim())) kept[kept.length - 1] += next;
    else kept.push(next);
    return kept;
  }, []);
}

/**
 * Header row, data rows, then a blank line, the state and notes lines, a "Source" line and any closing
 * lines (the data version, the link): each "label: text" in the first column, cut to FOOTER_WIDTH
 * (a link whole), so no column grows wider than the table needs; every cell through csvCell.
 */
export function buildCsv({ headers, rows, source, sourceLabel, state, notes, closingLines = [] }: CsvTable): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(","));
  const labelled = (label: string, text: string) => `${label}${WIDE.test(label.slice(-1)) ? "：" : ": "}${text}`;
  const footer = [
    ...(state ? [labelled(state.label, state.text)] : []),
    ...(notes?.texts ?? []).map((note) => labelled(notes!.label, note)),
    labelled(sourceLabel, source),
  ].flatMap((line) => wrapLine(line));
  const closing = closingLines.map(([label, text]) =>
    /^https?:\/\//.test(text) ? [labelled(label, text)] : wrapLine(labelled(label, text)),
  );
  const cells = [...footer, ...closing.flat()].map(csvCell);
  return `${BOM}${lines.join("\r\n")}\r\n\r\n${cells.join("\r\n")}\r\n`;
}
