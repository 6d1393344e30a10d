/**
 * Every closed set of values the app stores or reads from a URL, declared once. The database keeps
 * them as strings (SQLite and PostgreSQL alike, without enum migrations on both); code that reads a
 * stored value narrows it with the field's checked parser below, never with a cast. Free of zod and
 * of server code: client components import it too.
 */

/** The app's locales (URL prefix), Chinese first: it is the default. */
export const LOCALES = ["zh", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];

/**
 * The BCP 47 tag for each locale, for <html lang>, hreflang, lang attributes and Intl formatters alike.
 * Plain "en" (Intl formats it as en-US) so English text is simply marked English.
 */
export const BCP47: Record<AppLocale, string> = { zh: "zh-CN", en: "en" };

/** A model's home region, as the note groups them. */
export const MODEL_REGIONS = ["US", "CN"] as const;
export type ModelRegion = (typeof MODEL_REGIONS)[number];

/** Open or closed weights (stored as the `openWeights` boolean; the URL and API say it in words). */
export const MODEL_ACCESS = ["open", "closed"] as const;
export type ModelAccess = (typeof MODEL_ACCESS)[number];

/** A model's input and output modalities (stored comma-joined). */
export const MODALITIES = ["text", "image", "audio", "video", "video_frames"] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * Where a figure comes from (lib/figures/origin.ts explains each). A stored record can only hold what a
 * source said (RECORDED_ORIGINS); `computed` and `scenario` are the app's own.
 */
export const FIGURE_ORIGINS = ["note", "filing", "statement", "computed", "scenario"] as const;
export type FigureOrigin = (typeof FIGURE_ORIGINS)[number];
export const RECORDED_ORIGINS = ["note", "filing", "statement"] as const;
export type RecordedOrigin = (typeof RECORDED_ORIGINS)[number];

/**
 * The capex companies' URL parameters, in display order (Company.ticker lower-cased); a sixth company:
 * docs/adding-a-company.md.
 */
export const CAPEX_TICKERS = ["msft", "googl", "amzn", "meta", "aapl"] as const;
export type CapexTicker = (typeof CAPEX_TICKERS)[number];

/** The capex scenario's presets (URL `preset`). */
export const CAPEX_PRESETS = ["consensus", "guidance", "actual", "flat"] as const;
export type CapexPreset = (typeof CAPEX_PRESETS)[number];

/** A capex figure: the cash-flow line a company reported, or the plan it stated around the note's date. */
export const CAPEX_FIGURE_KINDS = ["reported", "guidance"] as const;
export type CapexFigureKind = (typeof CAPEX_FIGURE_KINDS)[number];

/** An amount on a company's own basis: a dated plan statement, or what it reported on that basis. */
export const COMPANY_BASIS_KINDS = ["plan", "actual"] as const;
export type CompanyBasisKind = (typeof COMPANY_BASIS_KINDS)[number];

/** A key figure's unit. */
export const FIGURE_UNITS = ["usd_bn", "ratio", "gpu_hours_m", "usd_m"] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** A person on the note: an analyst, or the contact. */
export const ANALYST_ROLES = ["analyst", "contact"] as const;
export type AnalystRole = (typeof ANALYST_ROLES)[number];

/** Whether `value` is one of `values`. */
export function isOneOf<const T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** A checked parser for one field: the value narrowed, or an error naming the field (stored data and code disagree). */
function parserFor<const T extends string>(field: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    if (isOneOf(values, value)) return value;
    throw new Error(`Unexpected ${field} "${value}" (expected ${values.join(", ")})`);
  };
}

export const parseModelRegion = parserFor("model region", MODEL_REGIONS);
export const parseRecordedOrigin = parserFor("recorded origin", RECORDED_ORIGINS);
export const parseFigureOrigin = parserFor("figure origin", FIGURE_ORIGINS);
export const parseCapexFigureKind = parserFor("capex figure kind", CAPEX_FIGURE_KINDS);
export const parseCompanyBasisKind = parserFor("company-basis kind", COMPANY_BASIS_KINDS);
export const parseFigureUnit = parserFor("figure unit", FIGURE_UNITS);
export const parseAnalystRole = parserFor("analyst role", ANALYST_ROLES);
const parseModality = parserFor("modality", MODALITIES);

/** A stored modality list ("text,image") as its modalities. */
export function parseModalities(stored: string): Modality[] {
  return stored.split(",").filter(Boolean).map(parseModality);
}
