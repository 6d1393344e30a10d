// Lighthouse 12 (the last to run on Node 20) on the phone: its default mobile profile (Moto G Power
// emulation, simulated slow 4G and 4× CPU), against Debian's Chromium on loopback. Each URL `runs`
// times in a fresh headless Chromium; the medians of the performance score and Total Blocking Time,
// and whether the back/forward cache was allowed (its bf-cache audit navigates away and back).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

import { median, round } from "./report.mjs";

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

async function onePass(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error" },
      {
        extends: "lighthouse:default",
        // ignoreStatusCode: the floor page is the 404 page.
        settings: {
          onlyCategories: ["performance"],
          skipAudits: ["screenshot-thumbnails", "final-screenshot"],
          ignoreStatusCode: true,
        },
      },
    );
    const { categories, audits } = result.lhr;
    return {
      score: categories.performance.score === null ? null : Math.round(categories.performance.score * 100),
      tbtMs: audits["total-blocking-time"]?.numericValue ?? null,
      lcpMs: audits["largest-contentful-paint"]?.numericValue ?? null,
      bfCache: audits["bf-cache"] ? audits["bf-cache"].score === 1 : null,
      bfCacheReasons: bfCacheReasons(audits["bf-cache"]),
    };
  } finally {
    await chrome.kill();
  }
}

/** Why the page could not enter the back/forward cache, from the audit's table (rows of { reason }). */
function bfCacheReasons(audit) {
  const items = /** @type {{ items?: { reason?: unknown }[] } | undefined} */ (audit?.details)?.items ?? [];
  return items.map((item) => {
    const reason = /** @type {any} */ (item.reason);
    return String(reason?.formattedDefault ?? reason ?? "");
  });
}

export async function lighthouseMetrics(url, { runs }) {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error(`refusing a non-loopback URL: ${url}`);
  const passes = [];
  for (let i = 0; i < runs; i++) passes.push(await onePass(url));
  return {
    runs,
    score: median(passes.map((pass) => pass.score)),
    tbtMs: round(median(passes.map((pass) => pass.tbtMs)), 0),
    lcpMs: round(median(passes.map((pass) => pass.lcpMs)), 0),
    bfCache: passes.every((pass) => pass.bfCache === true),
    bfCacheReasons: [...new Set(passes.flatMap((pass) => pass.bfCacheReasons))],
  };
}
