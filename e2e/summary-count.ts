import type { APIRequestContext } from "@playwright/test";

/** The model count the Summary's "models" tile shows, as served at `${base}/${locale}` (base "" = the test server). */
export async function summaryModelCount(request: APIRequestContext, locale: "zh" | "en", base = ""): Promise<number> {
  const html = await (await request.get(`${base}/${locale}`)).text();
  const tile = html.slice(html.indexOf('data-testid="key-figure-models"'));
  return Number(tile.match(locale === "en" ? />(\d+) models</ : />(\d+) 个模型</)![1]);
}
