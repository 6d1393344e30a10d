// PNG export speed: how long "Download PNG" takes in the browser, from the click's handler to the
// finished file (the "chart-png-export" user-timing entry that export-png.ts records), median of 9
// per chart and locale. Saves the last PNG of each to $PNG_OUT if set. Needs a running server:
//   E2E_PORT=3207 node scripts/serve-e2e.mjs &   then   E2E_PORT=3207 node bench/export-png.mjs
import { copyFile } from "node:fs/promises";
import { chromium } from "@playwright/test";

const base = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const RUNS = 9;
const CHARTS = [
  ["/models?region=CN", "chart-models-releases"],
  ["/models?view=params", "chart-models-params"],
  ["/capex?preset=guidance&aapl=10", "chart-capex-by-company"],
  ["/capex?preset=guidance&aapl=10", "chart-capex-sensitivity"],
  ["/training?scale=log&price=2.5", "chart-training-gpu-hours"],
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
const rows = [];
for (const locale of ["en", "zh"]) {
  for (const [path, panelId] of CHARTS) {
    const page = await context.newPage();
    await page.goto(`${base}/${locale}${path}`, { waitUntil: "networkidle" });
    const button = page.getByTestId(panelId).getByRole("toolbar").getByRole("button").first();
    let download;
    for (let run = 0; run < RUNS; run++) [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    const durations = await page.evaluate(() => performance.getEntriesByName("chart-png-export").map((entry) => entry.duration));
    if (process.env.PNG_OUT) await copyFile(await download.path(), `${process.env.PNG_OUT}/${locale}-${download.suggestedFilename()}`);
    rows.push({ locale, chart: panelId, runs: durations.length, medianMs: Math.round(median(durations)), maxMs: Math.round(Math.max(...durations)) });
    await page.close();
  }
}
await browser.close();
console.table(rows);
