import "server-only";

import type { Messages } from "next-intl";
import { getMessages } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";
import { embedAllowedOrigins } from "@/lib/embed/allowed-origins";
import { formatList } from "@/lib/format";
import { fillTemplate } from "@/lib/template";

/** The chart panel's strings ("ChartPanel" messages, templates unfilled), the export formats' names, the product's name and who may embed it. */
export type ChartPanelLabels = Messages["ChartPanel"] & {
  brand: string;
  exports: Messages["Exports"];
  embedAllowed: string;
};

/** The ChartPanel's strings in the given locale (the "ChartPanel" messages; templates unfilled), for server components to pass down. */
export async function getChartPanelLabels(locale: AppLocale): Promise<ChartPanelLabels> {
  const messages = await getMessages({ locale });
  return {
    ...messages.ChartPanel,
    brand: messages.Meta.appName,
    exports: messages.Exports,
    embedAllowed: embedAllowedIn(messages, locale),
  };
}

/** "Pages on these sites may embed it: this site (https://…), https://wiki…", from EMBED_ALLOWED_ORIGINS. */
function embedAllowedIn(messages: Messages, locale: AppLocale): string {
  const { thisSite, others } = embedAllowedOrigins();
  const words = messages.Embedding;
  const sites = [...(thisSite ? [fillTemplate(words.thisSite, { origin: thisSite })] : []), ...others];
  return fillTemplate(words.allowedOrigins, { origins: sites.length > 0 ? formatList(sites, locale) : words.noSite });
}
