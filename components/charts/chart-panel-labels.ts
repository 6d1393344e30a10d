import { getMessages } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { ChartPanelLabels } from "./chart-panel";

/** The ChartPanel's strings in the given locale (the "ChartPanel" messages; templates unfilled), for server components to pass down. */
export async function getChartPanelLabels(locale: AppLocale): Promise<ChartPanelLabels> {
  return (await getMessages({ locale })).ChartPanel;
}
