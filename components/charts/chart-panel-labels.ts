import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import en from "@/messages/en.json";

/** The chart panel's strings ("ChartPanel" messages, templates unfilled) and the product's name. */
export type ChartPanelLabels = (typeof en)["ChartPanel"] & { brand: string };

/** The ChartPanel's labels in the given locale, for server components to pass down. */
export async function getChartPanelLabels(locale: AppLocale): Promise<ChartPanelLabels> {
  const [t, meta] = await Promise.all([getTranslations({ locale, namespace: "ChartPanel" }), getTranslations({ locale, namespace: "Meta" })]);
  const keys = Object.keys(en.ChartPanel) as (keyof ChartPanelLabels)[];
  return { ...(Object.fromEntries(keys.map((key) => [key, t.raw(key) as string])) as ChartPanelLabels), brand: meta("appName") };
}
