import type { Messages } from "next-intl";

import type { AppLocale } from "@/i18n/routing";

/** The capex view's strings ("Capex" messages, with {placeholders}), handed from the page to its client components. */
export type CapexLabels = Messages["Capex"];

/** The punctuation the view puts between its own labels and values: full-width in Chinese, no space between sentences. */
export function capexPunctuation(locale: AppLocale) {
  return locale === "zh"
    ? { colon: "：", comma: "，", open: "（", close: "）", sentenceGap: "" }
    : { colon: ": ", comma: ", ", open: " (", close: ")", sentenceGap: " " };
}
