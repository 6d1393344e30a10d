import type { AppLocale } from "@/i18n/routing";

/**
 * Every number on screen goes through here. zh counts in 万 (1e4) and 亿 (1e8), en in M and bn,
 * so the same USD 225.3 bn reads "2,253 亿美元" in zh and "USD 225.3 bn" in en.
 */
const INTL_LOCALE: Record<AppLocale, string> = { zh: "zh-CN", en: "en-US" };

// Building an Intl formatter costs far more than using one (a page formats hundreds of numbers), and
// there are only a few locale × options combinations: each is built once and reused.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, build: () => T): T {
  let cached = formatters.get(key) as T | undefined;
  if (!cached) {
    cached = build();
    formatters.set(key, cached);
  }
  return cached;
}

function number(value: number, locale: AppLocale, maxDigits: number, minDigits = 0): string {
  const min = Math.min(minDigits, maxDigits);
  return formatter(`number:${locale}:${maxDigits}:${min}`, () =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: maxDigits, minimumFractionDigits: min }),
  ).format(value);
}

/** USD billions: zh "2,253 亿美元", en "USD 225.3 bn". `digits` counts decimals of the unit shown. */
export function formatUsdBn(valueBn: number, locale: AppLocale, digits?: number): string {
  return locale === "zh"
    ? `${number(valueBn * 10, locale, digits ?? 0)} 亿美元`
    : `USD ${number(valueBn, locale, digits ?? 1)} bn`;
}

/** USD millions: zh "557.6 万美元", en "USD 5.576 M". */
export function formatUsdMillions(valueM: number, locale: AppLocale, digits?: number): string {
  return locale === "zh"
    ? `${number(valueM * 100, locale, digits ?? 1)} 万美元`
    : `USD ${number(valueM, locale, digits ?? 3)} M`;
}

/** GPU-hours given in millions: zh "278.8 万 GPU 小时", en "2.788M GPU-hours". */
export function formatGpuHoursMillions(valueM: number, locale: AppLocale): string {
  return locale === "zh"
    ? `${number(valueM * 100, locale, 1)} 万 GPU 小时`
    : `${number(valueM, locale, 3)}M GPU-hours`;
}

/** A ratio as a percentage: 0.196 → "19.6%"; with `signed`, "+19.6%" / "−5%". */
export function formatPercent(ratio: number, locale: AppLocale, options: { digits?: number; signed?: boolean } = {}): string {
  const digits = options.digits ?? 1;
  const signDisplay = options.signed ? "exceptZero" : "auto";
  const formatted = formatter(`percent:${locale}:${digits}:${signDisplay}`, () =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: digits, signDisplay }),
  ).format(ratio);
  return formatted.replace("-", "−");
}

/** Parameter count in billions: 671 → "671B", 3.8 → "3.8B". */
export function formatParamsB(valueB: number, locale: AppLocale): string {
  return `${number(valueB, locale, 1)}B`;
}

/** "2024-12" → zh "2024年12月", en "Dec 2024". */
export function formatYearMonth(yearMonth: string, locale: AppLocale): string {
  const [year, month] = yearMonth.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
  return formatter(`yearMonth:${locale}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { year: "numeric", month: "short", timeZone: "UTC" })).format(date);
}

/** "2025-01-27" → zh "2025年1月27日", en "Jan 27, 2025". */
export function formatDate(isoDate: string, locale: AppLocale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return formatter(`date:${locale}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone: "UTC" })).format(date);
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
  return formatter(`signed:${locale}:${maxDigits}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: maxDigits, signDisplay: "exceptZero" }))
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

/** A list in running text: en "A, B, and C", zh "A、B和C". */
export function formatList(items: string[], locale: AppLocale): string {
  return formatter(`list:${locale}`, () => new Intl.ListFormat(INTL_LOCALE[locale], { type: "conjunction" })).format(items);
}

/** A rental price per GPU-hour: zh "2 美元/GPU 小时", en "USD 2 per GPU-hour". */
export function formatUsdPerGpuHour(price: number, locale: AppLocale): string {
  return locale === "zh" ? `${number(price, locale, 2)} 美元/GPU 小时` : `USD ${number(price, locale, 2)} per GPU-hour`;
}

/** The units a key figure can carry in the database. */
export type FigureUnit = "usd_bn" | "ratio" | "gpu_hours_m" | "usd_m";

/** A key figure by its unit: usd_bn → "USD 225.3 bn", ratio → "7.09%", gpu_hours_m → "2.788M GPU-hours", usd_m → "USD 5.576 M". */
export function formatFigure(value: number, unit: FigureUnit, locale: AppLocale): string {
  switch (unit) {
    case "usd_bn":
      return formatUsdBn(value, locale);
    case "ratio":
      return formatPercent(value, locale, { digits: 2 });
    case "gpu_hours_m":
      return formatGpuHoursMillions(value, locale);
    case "usd_m":
      return formatUsdMillions(value, locale);
  }
}
