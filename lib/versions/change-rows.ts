import type { AppLocale } from "@/i18n/routing";
import type { CapexFigureWithCompany, CompanyBasisWithCompany } from "@/lib/db/joined-reads";
import { formatUsdBn } from "@/lib/format";
import { pick } from "@/lib/locale";
import { FIGURE_ORIGINS, type FigureOrigin } from "@/lib/vocabulary";

const isFigureOrigin = (value: string): value is FigureOrigin => (FIGURE_ORIGINS as readonly string[]).includes(value);

/** One changed field of one row in one version, as the "what changed" view lists it (texts in the reader's language). */
export type ChangeRow = {
  what: string;
  field: string;
  before: string | null;
  after: string | null;
  origin: FigureOrigin | null;
  who: string;
  whoIsSystem: boolean;
  at: string;
  version: number;
};

type CapexRow = CapexFigureWithCompany | CompanyBasisWithCompany;
export type CapexChange = {
  entity: "capexFigure" | "companyBasis";
  version: { id: number; createdAt: Date; actor: string; actorKind: string };
  before: CapexRow | null;
  after: CapexRow | null;
};

/** The words the rows need, from the "Versions" messages. */
export type ChangeWords = {
  kind: (kind: string) => string;
  field: (field: string) => string;
  year: (year: number) => string;
  statement: (sequence: number) => string;
  origin: (origin: FigureOrigin) => string;
  created: string;
  deleted: string;
  migration: string;
};

// Amounts (formatted as the locale writes capex), then texts that are data, each pair (…Zh/…En) as one
// field in the reader's language; identity, version and timestamps are not figures.
const AMOUNT_FIELDS = ["usdBn", "usdBnLow", "usdBnHigh"] as const;
const TEXT_PAIRS = ["basis", "period", "line", "measure", "what", "source"] as const;
const PLAIN_FIELDS = ["saidOn", "accession", "filedOn", "sourceUrl"] as const;

function describe(row: CapexRow, locale: AppLocale, words: ChangeWords): string {
  const company = pick(locale, row.company.nameZh, row.company.nameEn);
  if ("year" in row) return [company, words.year(row.year), words.kind(row.kind)].join(" · ");
  return [company, words.year(row.fiscalYear), words.kind(row.kind), words.statement(row.sequence)].join(" · ");
}

const field = (row: CapexRow | null, name: string): unknown =>
  row === null ? null : ((row as Record<string, unknown>)[name] ?? null);

/**
 * A row change as the fields that differ, old → new, each with the row's origin and who made it: an
 * amount in the locale's units (亿 in Chinese), a text in the reader's language. A created or deleted
 * row is one line with its amount. A text whose other language alone changed is not listed (the
 * reader's edition of it did not change).
 */
export function capexChangeRows(change: CapexChange, locale: AppLocale, words: ChangeWords): ChangeRow[] {
  const row = change.after ?? change.before;
  if (!row) return [];
  const base = {
    what: describe(row, locale, words),
    origin: isFigureOrigin(row.origin) ? row.origin : null,
    who: change.version.actorKind === "system" ? words.migration : change.version.actor,
    whoIsSystem: change.version.actorKind === "system",
    at: change.version.createdAt.toISOString(),
    version: change.version.id,
  };
  const amount = (value: unknown) => (typeof value === "number" ? formatUsdBn(value, locale) : null);
  if (change.before === null || change.after === null) {
    const value = amount(row.usdBn);
    return [
      {
        ...base,
        field: change.before === null ? words.created : words.deleted,
        before: change.before === null ? null : value,
        after: change.after === null ? null : value,
      },
    ];
  }
  const rows: ChangeRow[] = [];
  for (const name of AMOUNT_FIELDS) {
    const [before, after] = [field(change.before, name), field(change.after, name)];
    if (before !== after)
      rows.push({ ...base, field: words.field(name), before: amount(before), after: amount(after) });
  }
  for (const name of TEXT_PAIRS) {
    const own = `${name}${locale === "zh" ? "Zh" : "En"}`;
    const [before, after] = [field(change.before, own), field(change.after, own)];
    if (before !== after) rows.push({ ...base, field: words.field(name), before: text(before), after: text(after) });
  }
  if (change.before.origin !== change.after.origin) {
    const origin = (value: string) => (isFigureOrigin(value) ? words.origin(value) : value);
    rows.push({
      ...base,
      field: words.field("origin"),
      before: origin(change.before.origin),
      after: origin(change.after.origin),
    });
  }
  for (const name of PLAIN_FIELDS) {
    const [before, after] = [field(change.before, name), field(change.after, name)];
    if (before !== after) rows.push({ ...base, field: words.field(name), before: text(before), after: text(after) });
  }
  return rows;
}

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
