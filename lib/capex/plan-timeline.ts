import type { AppLocale } from "@/i18n/routing";

/**
 * The plans chart's time axis in months since January 2025 (the note's month), so a date said
 * mid-month sits mid-month and the ticks fall on month starts. The axis runs to March 2026, past the
 * last fiscal-2025 10-K (filed 2026-02-06).
 */
export const PLAN_MONTHS_FROM = { year: 2025, span: 14 } as const;

/** "2025-04-30" → 3.97: whole months since January 2025, plus the day's share of its month. */
export function monthsSince(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (year - PLAN_MONTHS_FROM.year) * 12 + (month - 1) + (day - 1) / daysInMonth;
}

/** A month-start tick: "2025.4" in Chinese (as the note writes fiscal years), "Apr 2025" in English. */
export function monthTickLabel(months: number, locale: AppLocale): string {
  const whole = Math.round(months);
  const year = PLAN_MONTHS_FROM.year + Math.floor(whole / 12);
  const month = (whole % 12) + 1;
  if (locale === "zh") return `${year}.${month}`;
  return new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}
