import type { AppLocale } from "@/i18n/routing";
import { BCP47, type FigureUnit } from "@/lib/vocabulary";

/**
 * Every number on screen goes through here. zh counts in 万 (1e4) and 亿 (1e8), en in mn and bn,
 * so the same USD 225.3 bn reads "2,253 亿美元" in zh and "USD 225.3 bn" in en. A number and a
 * Chinese unit are separated by one space ("2,253 亿美元", "278.8 万 GPU 小时"); templates put no
 * space between Chinese text and full-width punctuation.
 */

// Building an Intl formatter costs far more than using one (a page formats hundreds of numbers), and
// there are only a few locale × options combinations: each is built once and reused.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  key: string,
  build: () => T,
): T {
  let cached = formatters.get(key) as T | undefined;
  if (!cached) {
    cached = build();
    formatters.set(key, cached);
  }
  return cached;
}

function number(value: number, locale: AppLocale, maxDigits: number, minDigits = 0): string {
  const min = Math.min(minDigits, maxDigits);
  return formatter(
    `number:${locale}:${maxDigits}:${min}`,
    () => new Intl.NumberFormat(BCP47[locale], { maximumFractionDigits: maxDigits, minimumFractionDigits: min }),
  ).format(value);
}

const WAN = 1e4;
const YI = 1e8;

/**
 * A USD amount as a Chinese analyst writes it: 1 亿 and above in 亿, below in 万, with at most
 * `yiDigits` / `wanDigits` decimals. The unit is chosen after rounding, so 9,999.96 万 reads "1 亿".
 */
function usdZh(amountUsd: number, yiDigits: number, wanDigits: number): string {
  const wanFactor = 10 ** wanDigits;
  const inWan = Math.round((amountUsd / WAN) * wanFactor) / wanFactor;
  if (Math.abs(inWan) < YI / WAN) return `${number(inWan, "zh", wanDigits)} 万美元`;
  return `${number(amountUsd / YI, "zh", yiDigits)} 亿美元`;
}

/**
 * USD billions, always to 0.1 bn: en "USD 44.5 bn", "USD 83.0 bn"; zh the same precision in 亿
 * ("445 亿美元", "2,253 亿美元"), in 万 below 1 亿.
 */
export function formatUsdBn(valueBn: number, locale: AppLocale): string {
  return locale === "zh" ? usdZh(valueBn * 1e9, 0, 0) : `USD ${number(valueBn, locale, 1, 1)} bn`;
}

/** A range of USD billions with the unit once: en "USD 60.0–65.0 bn", zh "600–650 亿美元". */
export function formatUsdBnRange(lowBn: number, highBn: number, locale: AppLocale): string {
  return locale === "zh"
    ? `${number(lowBn * 10, locale, 0)}–${number(highBn * 10, locale, 0)} 亿美元`
    : `USD ${number(lowBn, locale, 1, 1)}–${number(highBn, locale, 1, 1)} bn`;
}

/**
 * An amount as its source states it (a company's plan, the note's figure), at the precision stated and
 * not the app's 0.1 bn: en "USD 80 bn", "USD 60–65 bn", "USD 5.576 mn" (the app's "USD 80.0 bn" style is for
 * computed and scenario figures); zh as the app writes it ("800 亿美元", "557.6 万美元").
 */
export function formatStatedUsdBn(valueBn: number, locale: AppLocale): string {
  return locale === "zh" ? formatUsdBn(valueBn, locale) : `USD ${number(valueBn, locale, 3)} bn`;
}

export function formatStatedUsdBnRange(lowBn: number, highBn: number, locale: AppLocale): string {
  return locale === "zh"
    ? formatUsdBnRange(lowBn, highBn, locale)
    : `USD ${number(lowBn, locale, 3)}–${number(highBn, locale, 3)} bn`;
}

export function formatStatedUsdMillions(valueM: number, locale: AppLocale): string {
  return locale === "zh" ? formatUsdMillions(valueM, locale) : `USD ${number(valueM, locale, 3)} mn`;
}

/**
 * USD millions: en "USD 5.6 mn" (from USD 1,000 mn on: "USD 3.9 bn"); zh "557.6 万美元", from 1 亿
 * on in 亿 ("1.18 亿美元").
 */
export function formatUsdMillions(valueM: number, locale: AppLocale): string {
  if (locale === "zh") return usdZh(valueM * 1e6, 2, 1);
  const inMillions = Math.round(valueM * 10) / 10;
  return Math.abs(inMillions) < 1000
    ? `USD ${number(inMillions, locale, 1, 1)} mn`
    : `USD ${number(valueM / 1000, locale, 1, 1)} bn`;
}

/**
 * GPU-hours given in millions, in one unit per locale wherever they appear (tiles, tables, axes,
 * exports): zh always in 万 ("278.8 万 GPU 小时", "3,930 万 GPU 小时"), en in millions ("2.788M GPU-hours").
 */
export function formatGpuHoursMillions(valueM: number, locale: AppLocale): string {
  return locale === "zh"
    ? `${number(gpuHoursInLocaleUnit(valueM, locale), locale, 1)} 万 GPU 小时`
    : `${number(valueM, locale, 3)}M GPU-hours`;
}

/** GPU-hours (given in millions) in the locale's unit, for chart data and tables: zh 万 (×100), en millions. */
export function gpuHoursInLocaleUnit(valueM: number, locale: AppLocale): number {
  const value = locale === "zh" ? valueM * 100 : valueM;
  return Math.round(value * 1000) / 1000;
}

/** A ratio as a percentage: 0.196 → "19.6%"; with `signed`, "+19.6%" / "−5%". */
export function formatPercent(
  ratio: number,
  locale: AppLocale,
  options: { digits?: number; signed?: boolean } = {},
): string {
  const digits = options.digits ?? 1;
  const signDisplay = options.signed ? "exceptZero" : "auto";
  const formatted = formatter(
    `percent:${locale}:${digits}:${signDisplay}`,
    () => new Intl.NumberFormat(BCP47[locale], { style: "percent", maximumFractionDigits: digits, signDisplay }),
  ).format(ratio);
  return formatted.replace("-", "−");
}

/** Parameter count in billions: 671 → "671B", 3.8 → "3.8B". */
export function formatParamsB(valueB: number, locale: AppLocale): string {
  return `${number(valueB, locale, 1)}B`;
}

/** Intl writes zh dates without spaces ("2025年1月27日"); the app's convention spaces digits from Chinese: "2025 年 1 月 27 日". */
function spaceZhDate(text: string): string {
  return text.replace(/(\d)(?=[年月日])/g, "$1 ").replace(/([年月])(?=\d)/g, "$1 ");
}

/** "2024-12" → zh "2024 年 12 月", en "Dec 2024". */
export function formatYearMonth(yearMonth: string, locale: AppLocale): string {
  const [year, month] = yearMonth.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
  const text = formatter(
    `yearMonth:${locale}`,
    () => new Intl.DateTimeFormat(BCP47[locale], { year: "numeric", month: "short", timeZone: "UTC" }),
  ).format(date);
  return locale === "zh" ? spaceZhDate(text) : text;
}

/** "2025-01-27" → zh "2025 年 1 月 27 日", en "Jan 27, 2025". */
export function formatDate(isoDate: string, locale: AppLocale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const text = formatter(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(BCP47[locale], { dateStyle: "medium", timeZone: "UTC" }),
  ).format(date);
  return locale === "zh" ? spaceZhDate(text) : text;
}

/** A number with grouping and at most `maxDigits` decimals, for data tables and chart ticks: 1234.5678 → "1,234.568". */
export function formatDecimal(value: number, locale: AppLocale, maxDigits: number): string {
  return number(value, locale, maxDigits);
}

/** A number with grouping and exactly `digits` decimals, for a table column printed at one precision: (55.7, 3) → "55.700". */
export function formatFixed(value: number, locale: AppLocale, digits: number): string {
  return number(value, locale, digits, digits).replace("-", "−");
}

/** A number with its sign, for an axis of changes whose unit is in its title: 20 → "+20", −10 → "−10", 0 → "0". */
export function formatSignedNumber(value: number, locale: AppLocale, maxDigits = 1): string {
  return formatter(
    `signed:${locale}:${maxDigits}`,
    () => new Intl.NumberFormat(BCP47[locale], { maximumFractionDigits: maxDigits, signDisplay: "exceptZero" }),
  )
    .format(value)
    .replace("-", "−");
}

/** A plain number with grouping: 2048 → "2,048". */
export function formatInteger(value: number, locale: AppLocale): string {
  return number(value, locale, 0);
}

/** A USD-billions amount in the unit the locale counts in, for chart tables and CSV: zh 亿美元 (×10), en USD bn. */
export function usdBnInLocaleUnit(valueBn: number, locale: AppLocale): number {
  const value = locale === "zh" ? valueBn * 10 : valueBn;
  return Math.round(value * 1000) / 1000;
}

/** The unit name of usdBnInLocaleUnit: zh "亿美元", en "USD bn". */
export function usdBnUnitLabel(locale: AppLocale): string {
  return locale === "zh" ? "亿美元" : "USD bn";
}

/**
 * A list in running text: en "A, B, and C"; zh "A、B、C", as the note lists (微软、谷歌、亚马逊), which also
 * keeps a figure off the next Chinese word ("+50%、苹果", not Intl's "+50%和苹果").
 */
export function formatList(items: string[], locale: AppLocale): string {
  if (locale === "zh") return items.join("、");
  return formatter(`list:${locale}`, () => new Intl.ListFormat(BCP47[locale], { type: "conjunction" })).format(items);
}

/** A rental price per GPU-hour: zh "2 美元/GPU 小时", en "USD 2 per GPU-hour". */
export function formatUsdPerGpuHour(price: number, locale: AppLocale): string {
  return locale === "zh" ? `${number(price, locale, 2)} 美元/GPU 小时` : `USD ${number(price, locale, 2)} per GPU-hour`;
}

/** A range of rental prices with the unit once: zh "0.1–100 美元/GPU 小时", en "USD 0.1–100 per GPU-hour". */
export function formatUsdPerGpuHourRange(low: number, high: number, locale: AppLocale): string {
  const range = `${number(low, locale, 2)}–${number(high, locale, 2)}`;
  return locale === "zh" ? `${range} 美元/GPU 小时` : `USD ${range} per GPU-hour`;
}

/**
 * A key figure by its unit: usd_bn → "USD 225.3 bn" (the app's 0.1 bn: some are computed from the note's),
 * ratio → "7.09%", gpu_hours_m → "2.788M GPU-hours", usd_m → the note's V3 cost as stated, "USD 5.576 mn".
 */
export function formatFigure(value: number, unit: FigureUnit, locale: AppLocale): string {
  switch (unit) {
    case "usd_bn":
      return formatUsdBn(value, locale);
    case "ratio":
      return formatPercent(value, locale, { digits: 2 });
    case "gpu_hours_m":
      return formatGpuHoursMillions(value, locale);
    case "usd_m":
      return formatStatedUsdMillions(value, locale);
  }
}
