// Small helpers for both suites: medians, the machine's state, one plain-text table, the JSON file.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const round = (value, digits = 1) =>
  value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** What the numbers were measured on: they mean little without the load the machine was under. */
export function machine() {
  const [one, five, fifteen] = os.loadavg().map((value) => round(value, 2));
  return {
    cpus: os.cpus().length,
    loadAverage: { one, five, fifteen },
    node: process.version,
    at: new Date().toISOString(),
  };
}

/** Prints rows ([{col: value}]) as an aligned table with the given columns. */
export function printTable(title, columns, rows) {
  const cells = rows.map((row) =>
    columns.map((column) => (row[column] === null || row[column] === undefined ? "–" : String(row[column]))),
  );
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((row) => row[i].length)));
  const line = (values) => values.map((value, i) => value.padEnd(widths[i])).join("  ");
  console.log(`\n${title}`);
  console.log(line(columns));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of cells) console.log(line(row));
}

export function writeResults(name, data) {
  mkdirSync("bench/results", { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = `bench/results/${name}-${stamp}.json`;
  writeFileSync(file, JSON.stringify(data, null, 2));
  writeFileSync(`bench/results/${name}-latest.json`, JSON.stringify(data, null, 2));
  return file;
}

export function flag(name) {
  return process.argv.includes(`--${name}`);
}
