import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

import { readPngText } from "../lib/export/png-text";
import { cjkSpacingIssues, halfWidthPunctuationNextToChinese, latinSentences } from "../lib/text/zh-typography";
import zh from "../messages/zh.json" with { type: "json" };
import { chartAction } from "./chart-actions";

/**
 * The Chinese edition: every sentence on a zh page, in a zh export and in a zh link preview's text is
 * Chinese (names of companies, models, documents and units may stay as they are; English quoted on
 * purpose carries lang="en"), with full-width punctuation next to Chinese and the spacing convention
 * (one space between Chinese and Latin letters or digits, none between Chinese characters or beside
 * full-width punctuation) applied by the templates to whatever fills them.
 */
const PAGES = [
  "/zh",
  "/zh/models",
  "/zh/models?view=params",
  "/zh/models?region=CN&view=regions",
  "/zh/models/deepseek-r1",
  "/zh/models/o1",
  "/zh/capex",
  "/zh/capex?preset=guidance",
  "/zh/capex?preset=flat",
  "/zh/capex?preset=consensus&msft=50&aapl=-5",
  "/zh/training",
  "/zh/training?scale=log&price=3",
  "/zh/no-such-view",
  "/zh/models?embed=1&view=params",
  "/zh/capex?embed=1&preset=guidance",
  "/zh/training?embed=1",
];

type Offence = { where: string; text: string; problem: string };

function check(where: string, text: string): Offence[] {
  return [
    ...latinSentences(text).map((hit) => ({ where, text, problem: `English: ${hit}` })),
    ...halfWidthPunctuationNextToChinese(text).map((hit) => ({
      where,
      text,
      problem: `half-width punctuation: ${hit}`,
    })),
    ...cjkSpacingIssues(text).map((hit) => ({ where, text, problem: `spacing: ${hit}` })),
  ];
}

/** Every text node, and every aria-label, title, alt and placeholder, outside elements marked as another language. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inZh = (element: Element | null) =>
      !element?.closest("[lang]") || element.closest("[lang]")!.getAttribute("lang")!.startsWith("zh");
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // <noscript> holds markup as text while scripts run; its button is checked in the no-JavaScript crawl.
      if (!parent || ["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"].includes(parent.tagName) || !inZh(parent)) continue;
      if (node.textContent?.trim()) texts.push(node.textContent.trim());
    }
    // Text as read, across element boundaries ("预设" + ":" in two nodes), line by line; English quoted on purpose is left out.
    // Origin badges are chips beside a figure, not words of its sentence (their text is checked above).
    const foreign = [
      ...document.querySelectorAll<HTMLElement>("body [lang]:not([lang^=zh]), body span[data-origin][title]"),
    ];
    for (const element of foreign) element.style.display = "none";
    texts.push(
      ...document.body.innerText
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    );
    for (const element of foreign) element.style.display = "";
    for (const element of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
      if (!inZh(element)) continue;
      for (const name of ["aria-label", "title", "alt", "placeholder"]) {
        const value = element.getAttribute(name);
        if (value?.trim()) texts.push(value.trim());
      }
    }
    for (const meta of document.querySelectorAll(
      'meta[name="description"], meta[property^="og:"][property$="title"], meta[property="og:description"], meta[property="og:image:alt"]',
    )) {
      texts.push(meta.getAttribute("content") ?? "");
    }
    return texts;
  });
}

/** The cells of an RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks). */
function csvCells(csv: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!;
    if (quoted && char === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && (char === "," || char === "\n")) {
      cells.push(cell);
      cell = "";
    } else if (quoted || char !== "\r") {
      cell += char;
    }
  }
  return [...cells, cell].filter((value) => value.trim() !== "");
}

function report(offences: Offence[]): string {
  return offences
    .map((offence) => `${offence.where} · ${offence.problem}\n    in: ${offence.text.slice(0, 160)}`)
    .join("\n");
}

test("every zh page reads in Chinese", async ({ page }) => {
  test.setTimeout(300_000); // sixteen pages, each read twice
  const offences: Offence[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    for (const text of await pageTexts(page)) offences.push(...check(path, text));
  }
  expect(offences, report(offences)).toEqual([]);
});

test("zh exports read in Chinese: CSV headers, cells and source lines, PNG text chunks", async ({ page }) => {
  test.setTimeout(180_000);
  const offences: Offence[] = [];
  const exports = [
    { path: "/zh/models?view=params", panel: "models-table-export", png: false },
    { path: "/zh/models?view=params", panel: "chart-models-params", png: true },
    { path: "/zh/capex?preset=guidance&aapl=10", panel: "chart-capex-by-company", png: true },
    { path: "/zh/capex?preset=guidance&aapl=10", panel: "chart-capex-sensitivity", png: false },
    { path: "/zh/training?scale=log&price=3", panel: "chart-training-gpu-hours", png: true },
  ];
  for (const { path, panel, png } of exports) {
    await page.goto(path);
    const toolbar = page.getByTestId(panel);
    // A chart panel offers its actions as a toolbar or, when narrow, a menu (chartAction picks); the table has a toolbar.
    const action = (name: string) =>
      panel.startsWith("chart-") ? chartAction(toolbar, name) : toolbar.getByRole("button", { name }).click();
    const [csv] = await Promise.all([page.waitForEvent("download"), action(zh.ChartPanel.downloadCsv)]);
    const text = (await readFile(await csv.path())).toString("utf8").replace(/^\uFEFF/, "");
    for (const cell of csvCells(text)) offences.push(...check(`${path} ${csv.suggestedFilename()}`, cell));
    if (!png) continue;
    const [image] = await Promise.all([page.waitForEvent("download"), action(zh.ChartPanel.downloadPng)]);
    const chunks = readPngText(await readFile(await image.path()));
    expect(chunks.Title, path).toBeTruthy();
    for (const key of ["Title", "Description", "Source"])
      offences.push(...check(`${path} ${image.suggestedFilename()} ${key}`, chunks[key] ?? ""));
  }
  expect(offences, report(offences)).toEqual([]);
});

test("a zh link preview is asked for in Chinese and described in Chinese", async ({ page, request }) => {
  test.setTimeout(90_000); // the first preview a server draws loads its fonts
  await page.goto("/zh/capex?preset=guidance&msft=50");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(new URL(image!).searchParams.get("locale")).toBe("zh");
  const response = await request.get(image!);
  expect(response.headers()["content-type"]).toBe("image/png");
  const offences: Offence[] = [];
  for (const property of ["og:title", "og:description", "og:image:alt"]) {
    const content = (await page.locator(`meta[property="${property}"]`).getAttribute("content")) ?? "";
    expect(content, property).toMatch(/[\u4e00-\u9fff]/);
    offences.push(...check(property, content));
  }
  expect(offences, report(offences)).toEqual([]);
});
