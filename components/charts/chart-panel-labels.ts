import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { ChartPanelLabels } from "./chart-panel";

/** The ChartPanel's labels in the given locale, for server components to pass down. */
export async function getChartPanelLabels(locale: AppLocale): Promise<ChartPanelLabels> {
  const t = await getTranslations({ locale, namespace: "ChartPanel" });
  return {
    downloadPng: t("downloadPng"),
    copyImage: t("copyImage"),
    downloadCsv: t("downloadCsv"),
    copyLink: t("copyLink"),
    linkCopied: t("linkCopied"),
    linkCopyFailed: t("linkCopyFailed"),
    imageCopied: t("imageCopied"),
    imageDownloaded: t("imageDownloaded"),
    exportFailed: t("exportFailed"),
    showData: t("showData"),
    sourceLabel: t("sourceLabel"),
    toolbar: t("toolbar"),
  };
}
