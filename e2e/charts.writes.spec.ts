import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

import { readPngText } from "../lib/export/png-text";
import { chartAction } from "./chart-actions";

// Saving writes to the database, so this spec runs on the writers' server, apart from the readers (playwright.config.ts).
test("a saved scenario's name is on its charts and in their exports", async ({ page }) => {
  await page.goto("/zh/capex?preset=flat");
  await page.getByTestId("growth-number-meta").fill("30");
  await expect(page).toHaveURL(/\?preset=flat&meta=30$/);
  const form = page.getByTestId("save-scenario");
  await form.getByRole("textbox").fill("Meta 加码");
  await form.getByRole("button").click();
  const href = (await page.getByTestId("short-link").getAttribute("href"))!;

  await page.goto(`/zh${href}`);
  // The short link keeps the data version it was saved at (v=).
  await expect(page).toHaveURL(/\?preset=flat&meta=30&scenario=\w+&v=\d+$/);
  const panel = page.getByTestId("chart-capex-by-company");
  await expect(panel.getByTestId("chart-scenario-name")).toHaveText("已保存的情景：“Meta 加码”");
  const [download] = await Promise.all([page.waitForEvent("download"), chartAction(panel, "下载 PNG")]);
  const text = readPngText(await readFile(await download.path()));
  expect(text.Description).toMatch(/^已保存的情景：“Meta 加码” · “持平”预设/);
});
