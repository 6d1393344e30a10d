/**
 * How a chart's data table shows its numbers: a column of numbers is right-aligned and printed with
 * one precision, enough decimals for its most precise value (at most `maxDigits`), so the digits line up.
 */
export type TableCell = string | number | null;

/** The decimals a column's numbers are shown with, or null when the column holds no numbers. */
export function columnDigits(rows: TableCell[][], column: number, maxDigits = 3): number | null {
  const numbers = rows
    .map((row) => row[column])
    .filter((value): value is number => typeof value === "number" && Number.isFinite(value));
  if (numbers.length === 0) return null;
  const decimals = (value: number) => {
    for (let digits = 0; digits < maxDigits; digits++) {
      if (Math.abs(Number(value.toFixed(digits)) - value) < 1e-9) return digits;
    }
    return maxDigits;
  };
  return Math.max(...numbers.map(decimals));
}
