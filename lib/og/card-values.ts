import type { AppLocale } from "@/i18n/routing";
import { formatDecimal, usdBnInLocaleUnit } from "@/lib/format";

/** A bar's value as the card prints it: the number alone, the unit said once in the legend row. */
export function amountText(valueBn: number, locale: AppLocale): string {
  return formatDecimal(usdBnInLocaleUnit(valueBn, locale), locale, locale === "zh" ? 0 : 1);
}

/** A range's bar text, both ends whole: zh "910–930", en "91–93". */
export function rangeText(lowBn: number, highBn: number, locale: AppLocale): string {
  return `${amountText(lowBn, locale)}–${amountText(highBn, locale)}`;
}
