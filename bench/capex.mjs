// Capex view speed: first-load JS (gzip bytes of the scripts a browser loads, vs the 404 page) and
// the time from a growth input to the next frame / paint (median of 20). Needs a running server:
//   E2E_PORT=3203 node scripts/serve-e2e.mjs &   then   E2E_PORT=3203 node bench/capex.mjs
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const base = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

async function firstLoadJs(browser, path) {
  const page = await browser.newPage();
  const scripts = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response);
  });
  await page.goto(base + path, { waitUntil: "networkidle" });
  let gzipBytes = 0;
  for (const response of scripts) gzipBytes += gzipSync(await response.body(), { level: 9 }).length;
  await page.close();
  return { path, files: scripts.length, gzipBytes };
}

async function inputLatency(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/en/capex?preset=consensus`, { waitUntil: "networkidle" });
  const result = await page.evaluate(async () => {
    const slider = document.querySelector('[data-testid="growth-slider-msft"]');
    const total = document.querySelector('[data-testid="scenario-total-2025"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    // A task queued from rAF runs after that frame's paint.
    const afterPaint = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        }),
      );
    const samples = { handler: [], nextFrame: [], afterPaint: [], idleFrame: [] };
    let stale = 0;
    const move = (value) => {
      setValue.call(slider, String(value));
      slider.dispatchEvent(new Event("input", { bubbles: true }));
    };
    for (let i = 0; i < 20; i++) {
      await nextFrame();
      const before = total.textContent;
      let start = performance.now();
      move(20 + i * 2.5);
      samples.handler.push(performance.now() - start);
      samples.nextFrame.push((await nextFrame()) - start);
      if (total.textContent === before) stale++;
      await nextFrame();
      start = performance.now();
      move(21 + i * 2.5);
      samples.afterPaint.push((await afterPaint()) - start);
      await nextFrame();
      start = performance.now();
      samples.idleFrame.push((await afterPaint()) - start);
    }
    const median = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      return Math.round(((sorted[9] + sorted[10]) / 2) * 10) / 10;
    };
    return {
      medianHandlerMs: median(samples.handler),
      medianToNextFrameMs: median(samples.nextFrame),
      medianToAfterPaintMs: median(samples.afterPaint),
      medianIdleFrameBaselineMs: median(samples.idleFrame),
      totalStaleAtNextFrame: stale,
    };
  });
  const historyLength = await page.evaluate(() => history.length);
  await page.close();
  return { ...result, historyEntriesAfter40Inputs: historyLength };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const capex = await firstLoadJs(browser, "/en/capex?preset=guidance&aapl=10");
const notFound = await firstLoadJs(browser, "/en/no-such-page");
const latency = await inputLatency(browser);
await browser.close();
console.log(JSON.stringify({ firstLoadJs: { capex, notFound, capexExtraGzipBytes: capex.gzipBytes - notFound.gzipBytes }, inputLatency: latency }, null, 2));
