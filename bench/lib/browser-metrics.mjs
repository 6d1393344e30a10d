// Lab metrics in headless Chromium through Playwright: first-load and total JS per route, LCP/CLS/TBT on a
// throttled phone, capex input-to-paint, PNG export time.
import { gzipSync } from "node:zlib";
import { chromium, devices } from "@playwright/test";

import { median, round } from "./report.mjs";

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * JavaScript a route ships, in gzip bytes (level 9, as a CDN would send them), two ways:
 * - first load: the scripts the initial HTML names (its <script src> tags and the client chunks listed
 *   in its inline React payload), i.e. what the browser must fetch before the page hydrates and is
 *   usable. Code fetched later through import() (e.g. the Chart.js canvas, loaded after first paint) is
 *   not in it, as in Next's former "First Load JS";
 * - total: every script the page fetched until network idle (first load plus anything loaded later).
 */
export async function firstLoadJs(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response);
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  const html = response ? await response.text() : "";
  const first = { files: 0, gzipBytes: 0 };
  const total = { files: 0, gzipBytes: 0 };
  for (const script of scripts) {
    const gzipBytes = gzipSync(await script.body(), { level: 9 }).length;
    total.files++;
    total.gzipBytes += gzipBytes;
    if (html.includes(new URL(script.url()).pathname)) {
      first.files++;
      first.gzipBytes += gzipBytes;
    }
  }
  await context.close();
  return {
    status: response?.status() ?? null,
    files: first.files,
    gzipBytes: first.gzipBytes,
    totalFiles: total.files,
    totalGzipBytes: total.gzipBytes,
  };
}

// Registered before any page script: observers for LCP, layout shifts and long tasks.
const OBSERVERS = () => {
  const lab = { lcp: 0, cls: 0, longTasks: [] };
  /** @type {any} */ (window).__lab = lab;
  new PerformanceObserver((list) => {
    for (const entry of /** @type {any[]} */ (list.getEntries()))
      lab.lcp = entry.renderTime || entry.loadTime || entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of /** @type {any[]} */ (list.getEntries())) if (!entry.hadRecentInput) lab.cls += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) lab.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
};

/**
 * One cold load on a phone (Pixel 7 emulation) with the CPU slowed down `cpuSlowdown`×. TBT is the
 * Lighthouse definition: the part over 50 ms of each long task after first contentful paint, up to
 * the moment the page settled (network idle plus a quiet second).
 */
export async function labLoad(browser, url, cpuSlowdown) {
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  await page.addInitScript(OBSERVERS);
  await page.goto(url, { waitUntil: "networkidle", timeout: 60_000 });
  await page.waitForTimeout(1_000);
  const metrics = await page.evaluate(() => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    const lab = /** @type {any} */ (window).__lab;
    const tbt = lab.longTasks
      .filter((task) => task.start >= fcp)
      .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType("navigation")[0]);
    return { lcpMs: lab.lcp, cls: lab.cls, tbtMs: tbt, fcpMs: fcp, ttfbMs: nav ? nav.responseStart : null };
  });
  await context.close();
  return metrics;
}

export async function labMetrics(browser, url, { runs, cpuSlowdown }) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await labLoad(browser, url, cpuSlowdown));
  const pick = (key, digits) => round(median(samples.map((sample) => sample[key])), digits);
  return {
    runs,
    lcpMs: pick("lcpMs", 0),
    cls: pick("cls", 3),
    tbtMs: pick("tbtMs", 0),
    fcpMs: pick("fcpMs", 0),
    ttfbMs: pick("ttfbMs", 0),
    maxCls: round(Math.max(...samples.map((s) => s.cls)), 3),
  };
}

/**
 * Capex: time from a growth input's `input` event to the frame after it was painted (a task queued
 * from requestAnimationFrame runs after that frame's paint), median over `samples` moves; also
 * whether the headline total had already changed at the next frame.
 */
export async function capexInputToPaint(browser, url, { samples, cpuSlowdown = 1 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (cpuSlowdown !== 1)
    await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  await page.goto(url, { waitUntil: "networkidle" });
  const result = await page.evaluate(async (count) => {
    const slider = document.querySelector('[data-testid="growth-slider-msft"]');
    const total = document.querySelector('[data-testid="scenario-total-2025"]');
    if (!slider || !total) return { error: "growth-slider-msft or scenario-total-2025 not found" };
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const afterPaint = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        }),
      );
    const toPaint = [];
    const idle = [];
    let stale = 0;
    for (let i = 0; i < count; i++) {
      await nextFrame();
      const before = total.textContent;
      const start = performance.now();
      setValue.call(slider, String(20 + ((i * 7) % 150)));
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      toPaint.push((await afterPaint()) - start);
      if (total.textContent === before) stale++;
      await nextFrame();
      const idleStart = performance.now();
      idle.push((await afterPaint()) - idleStart);
    }
    return { toPaint, idle, stale };
  }, samples);
  await context.close();
  if (result.error) return { error: result.error };
  return {
    samples,
    medianMs: round(median(result.toPaint), 1),
    idleFrameBaselineMs: round(median(result.idle), 1),
    staleAfterPaint: result.stale,
  };
}

/**
 * "Download PNG" (the first button of a chart panel's toolbar) on each chart: time in the page from
 * the click to the PNG handed to the download link, and the app's own "chart-png-export" measure
 * (render + encode, recorded by components/charts/export-png.ts); medians over `samples` clicks.
 */
export async function pngExportTimes(browser, base, { charts, locales, samples }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(() => {
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download?.endsWith(".png")) /** @type {any} */ (window).__pngHandedOver?.(performance.now());
      return click.call(this);
    };
  });
  const rows = [];
  for (const locale of locales) {
    for (const [path, panelId] of charts) {
      const page = await context.newPage();
      await page.goto(`${base}/${locale}${path}`, { waitUntil: "networkidle" });
      // A narrow panel shows its actions as a menu and hides the toolbar; its Download PNG button is there all the same.
      await page.getByTestId(panelId).locator('[role="toolbar"] button').first().waitFor({ state: "attached" });
      const clickToFile = [];
      let bytes = null;
      for (let i = 0; i < samples; i++) {
        const [download, ms] = await Promise.all([
          page.waitForEvent("download", { timeout: 15_000 }),
          page.evaluate(
            (id) =>
              new Promise((resolve) => {
                const button = /** @type {HTMLButtonElement} */ (
                  document.querySelector(`[data-testid="${id}"] [role="toolbar"] button`)
                );
                const clickedAt = performance.now();
                /** @type {any} */ (window).__pngHandedOver = (at) => resolve(at - clickedAt);
                button.click();
              }),
            panelId,
          ),
        ]);
        clickToFile.push(ms);
        if (i === 0) {
          const chunks = [];
          for await (const chunk of await download.createReadStream()) chunks.push(chunk);
          bytes = Buffer.concat(chunks);
        }
        await download.delete();
      }
      const measured = await page.evaluate(() =>
        performance.getEntriesByName("chart-png-export").map((entry) => entry.duration),
      );
      await page.close();
      const isPng =
        bytes !== null && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      rows.push({
        locale,
        chart: panelId,
        clickToFileMs: round(median(clickToFile), 0),
        renderMs: round(median(measured), 0),
        pngKb: bytes ? round(bytes.length / 1024, 0) : null,
        isPng,
      });
    }
  }
  await context.close();
  const slowest = rows.reduce((worst, row) => (row.clickToFileMs > (worst?.clickToFileMs ?? -1) ? row : worst), null);
  return {
    samples,
    rows,
    medianMs: round(median(rows.map((row) => row.clickToFileMs)), 0),
    slowest,
    allPng: rows.every((row) => row.isPng),
  };
}
