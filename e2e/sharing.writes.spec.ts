import { expect, test } from "@playwright/test";
import { PNG } from "pngjs";

// Saving writes to the database, so this spec runs on the writers' server, apart from the readers (playwright.config.ts).
const SLACKBOT = "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)";

/** The content of a meta tag in the document's <head>, where unfurlers read it. */
function headMeta(html: string, property: string): string | null {
  const head = html.slice(0, html.indexOf("</head>"));
  const match = head.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`));
  return match ? match[1]!.replaceAll("&amp;", "&").replaceAll("&quot;", '"') : null;
}

test("a saved scenario's short link unfurls with the scenario's name and its picture", async ({ page, request }) => {
  await page.goto("/en/capex?preset=guidance");
  await page.getByTestId("growth-number-aapl").fill("25");
  await expect(page).toHaveURL(/\?preset=guidance&aapl=25$/);
  const form = page.getByTestId("save-scenario");
  await form.getByRole("textbox").fill("Bull case for Apple");
  await form.getByRole("button").click();
  const href = (await page.getByTestId("short-link").getAttribute("href"))!;
  const id = href.slice(3);

  // What a chat's unfurler sees: it follows the short link's redirects and reads the <head>.
  const response = await request.get(`/en${href}`, { headers: { "User-Agent": SLACKBOT } });
  expect(response.status()).toBe(200);
  expect(response.url()).toMatch(new RegExp(`/en/capex\\?preset=guidance&aapl=25&scenario=${id}$`));
  const html = await response.text();
  expect(headMeta(html, "og:title")).toBe("“Bull case for Apple” · Capex by company, 2024 vs 2025");
  // The description states the scenario and the totals the page shows.
  const [total2024, total2025, growth] = await Promise.all(
    ["scenario-total-2024", "scenario-total-2025", "scenario-growth"].map((id) => page.getByTestId(id).innerText()),
  );
  expect(headMeta(html, "og:description")).toBe(
    `Company guidance preset, edited: Apple +25% · total ${total2024} → ${total2025} (${growth})`,
  );
  const image = headMeta(html, "og:image")!;
  expect(image).toMatch(new RegExp(`/api/og/capex\\?locale=en&preset=guidance&aapl=25&scenario=${id}$`));
  const picture = await request.get(image);
  expect(picture.headers()["content-type"]).toBe("image/png");
  const png = PNG.sync.read(await picture.body());
  expect([png.width, png.height]).toEqual([1200, 630]);
});
