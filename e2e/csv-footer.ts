/**
 * The lines under a CSV's table joined back into their entries: the app writes each "label: text"
 * in the first column, cut into rows of at most 40 columns (lib/export/csv.ts), so a row that starts
 * with one of `labels` and a colon begins an entry and the rows after it continue it.
 */
export function csvFooter(csv: string, labels: string[]): string[] {
  const [, footer = ""] = csv.replace(/^\uFEFF/, "").split("\r\n\r\n");
  const cells = footer
    .split("\r\n")
    .filter(Boolean)
    .map((row) => (row.startsWith('"') ? row.slice(1, -1).replace(/""/g, '"') : row));
  const starts = (cell: string) =>
    labels.some((label) => cell.startsWith(`${label}:`) || cell.startsWith(`${label}：`));
  const entries: string[] = [];
  for (const cell of cells) {
    if (starts(cell) || entries.length === 0) entries.push(cell);
    else entries[entries.length - 1] += cell;
  }
  return entries;
}
