import "server-only";

import type { Messages } from "next-intl";
import { getMessages } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";

/** The chart panel's strings ("ChartPanel" messages, templates unfilled), the export formats' names and the product's name. */
export type ChartPanelLabels = Messages["ChartPanel"] & { brand: string; exports: Messages["Exports"] };

/** The ChartPanel's strings in the given locale (the "ChartPanel" messages; templates unfilled), for server components to pass down. */
export async function getChartPanelLabels(locale: AppLocale): Promise<ChartPanelLabels> {
  const messages = await getMessages({ locale });
  return { ...messages.ChartPanel, brand: messages.Meta.appName, exports: messages.Exports };
}
