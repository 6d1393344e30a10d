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

/** Header row, data rows, then a blank line, the state and notes lines, and a "Source,…" line; every cell through csvCell. */
export function buildCsv({ headers, rows, source, sourceLabel, state, notes }: CsvTable): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(","));
  const footer = [
    ...(state ? [[state.label, state.text]] : []),
    ...(notes?.texts ?? []).map((note) => [notes!.label, note]),
    [sourceLabel, source],
  ].map((row) => row.map(csvCell).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n\r\n${footer.join("\r\n")}\r\n`;
}
