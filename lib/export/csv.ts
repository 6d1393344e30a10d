/** The rows a chart or table shows, as exported: its accessible data table and its CSV. */
export type ExportTable = { headers: string[]; rows: (string | number | null)[][] };

/** A table as CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF lines, RFC 4180 quoting. */
export type CsvTable = ExportTable & { source: string; sourceLabel: string };

const BOM = "\uFEFF";

function cell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header row, data rows, then a blank line and a "Source,…" line. */
export function buildCsv({ headers, rows, source, sourceLabel }: CsvTable): string {
  const lines = [headers, ...rows].map((row) => row.map(cell).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n\r\n${cell(sourceLabel)},${cell(source)}\r\n`;
}
