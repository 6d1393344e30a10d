import type { Bilingual, FactsZh } from "../facts/schema";
import { FULL_WIDTH_PUNCTUATION } from "../text/zh-typography";

/**
 * The seed's bilingual texts: facts.json's English with its reviewed Chinese edition
 * (prisma/data/facts-zh.json), and the source lines the seed composes from them. English wording
 * stays as the seed has always written it, so a database seeded before the Chinese edition existed
 * can be recognised (lib/seed/data-migrations.ts).
 */
export type CompanyNames = { nameEn: string; nameZh: string };

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/** Joins Chinese text parts with one space where CJK meets Latin letters or digits ("Meta 年报"). */
export function joinZh(...parts: string[]): string {
  return parts.reduce((text, given) => {
    const before = text.at(-1) ?? "";
    // No space after full-width punctuation: "Alphabet（谷歌）10-K 年报", not "（谷歌） 10-K".
    const part = before !== "" && FULL_WIDTH_PUNCTUATION.includes(before) ? given.trimStart() : given;
    const after = part[0] ?? "";
    const spaced = (CJK.test(before) && LATIN_OR_DIGIT.test(after)) || (LATIN_OR_DIGIT.test(before) && CJK.test(after));
    return text + (spaced ? " " : "") + part;
  }, "");
}

/** 2025-01-29 → "2025 年 1 月 29 日", spaced as the app writes zh dates (lib/format.ts formatDate). */
export function zhDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${year} 年 ${month} 月 ${day} 日`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ISO_DATES = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** 2025-01-29 → "Jan 29, 2025", as the app writes en dates (lib/format.ts formatDate). */
export function enDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${MONTHS[month! - 1]} ${day}, ${year}`;
}

/** Every ISO date in an English text written as en prose writes it: "confirmed on the Q4 call Jan 29, 2025". */
export const enDates = (text: string) => text.replace(ISO_DATES, (iso) => enDate(iso));

/**
 * How the English texts write dates: as the app's en pages do ("Jan 29, 2025"), or as the seed wrote
 * them before data migration 4 (facts.json's ISO dates), so that rows still holding those are recognised.
 */
export type EnglishDates = "prose" | "iso";

export function createDataTexts(zh: FactsZh, englishDates: EnglishDates = "prose") {
  const english = englishDates === "prose" ? enDates : (text: string) => text;
  /** A text of facts.json with its Chinese edition; a text the reviewed file lacks is a data error. */
  const translate = (en: string): Bilingual => {
    const translated = zh.texts[en];
    if (translated === undefined)
      throw new Error(`prisma/data/facts-zh.json has no Chinese for: ${JSON.stringify(en)}`);
    return { zh: translated, en: english(en) };
  };
  const companyBasis = (company: string) => {
    const basis = zh.companyBasis[company];
    if (!basis) throw new Error(`prisma/data/facts-zh.json has no companyBasis entry for ${company}`);
    return basis;
  };

  return {
    translate,
    companyBasis,
    display: zh.display,

    /** A fiscal-2024 filing's line: "Microsoft annual report, cash flow statement: …". */
    annualReportSource(company: CompanyNames, line: Bilingual): Bilingual {
      return {
        en: `${company.nameEn} annual report, cash flow statement: ${line.en}`,
        zh: joinZh(company.nameZh, `年报，现金流量表：${line.zh}`),
      };
    },

    /** A 10-K's line with its accession number and filing date. */
    tenKSource(company: CompanyNames, filing: { accession: string; filedOn: string }, line: Bilingual): Bilingual {
      return {
        en: english(
          `${company.nameEn} Form 10-K (accession ${filing.accession}, filed ${filing.filedOn}), cash flow statement: ${line.en}`,
        ),
        zh: joinZh(
          company.nameZh,
          " 10-K 年报（文件编号",
          filing.accession,
          `，${zhDate(filing.filedOn)}提交），现金流量表：${line.zh}`,
        ),
      };
    },

    /** A public statement, dated when known, with what was said when there is more than the amount. */
    statementSource(company: CompanyNames, saidOn: string | null, what: Bilingual | null): Bilingual {
      const en = english(`${company.nameEn} public statement${saidOn ? `, ${saidOn}` : ""}`);
      const zhText = joinZh(company.nameZh, `公开表态${saidOn ? `（${zhDate(saidOn)}）` : ""}`);
      return what ? { en: `${en}: ${what.en}`, zh: `${zhText}：${what.zh}` } : { en, zh: zhText };
    },

    /** The Stargate Project's announcement, as the key figures cite it. */
    stargateSource(announced: string, note: Bilingual): Bilingual {
      return {
        en: english(`The Stargate Project announcement, ${announced}: ${note.en}`),
        zh: joinZh("The Stargate Project", `公告（${zhDate(announced)}）：${note.zh}`),
      };
    },
  };
}

export type DataTexts = ReturnType<typeof createDataTexts>;
