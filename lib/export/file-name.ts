/**
 * A file name from a chart id and the view state's parts: ("capex-2025", ["guidance", "aapl10"]) →
 * "capex-2025-guidance-aapl10". Only ASCII letters, digits and dashes survive, so names travel well.
 */
export function exportFileBase(chartId: string, stateParts: string[]): string {
  return [chartId, ...stateParts]
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter(Boolean)
    .join("-")
    .slice(0, 120);
}
