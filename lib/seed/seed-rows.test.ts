import { describe, expect, it } from "vitest";

import { loadFacts, loadFactsZh } from "../facts/load";
import { joinZh, zhDate } from "./data-texts";
import { buildSeedRows } from "./seed-rows";

const rows = buildSeedRows(loadFacts(), loadFactsZh());

/** Every text a reader sees, by language, with where it comes from. */
function shownTexts(language: "Zh" | "En"): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  const add = (where: string, row: Record<string, unknown>, fields: string[]) => {
    for (const field of fields) {
      const text = row[`${field}${language}`];
      if (typeof text === "string") texts.push({ where: `${where}.${field}${language}`, text });
    }
  };
  rows.capexFigures.forEach((row) =>
    add(`capex ${row.company}/${row.year}/${row.kind}`, row, ["basis", "line", "measure", "source"]),
  );
  rows.companyBasis.forEach((row) =>
    add(`companyBasis ${row.company}/${row.fiscalYear}/${row.kind}/${row.sequence}`, row, [
      "period",
      "basis",
      "what",
      "source",
    ]),
  );
  rows.models.forEach((row) => add(`model ${row.slug}`, row, ["caveat", "source"]));
  rows.keyFigures.forEach((row) => add(`keyFigure ${row.key}`, row, ["source"]));
  rows.trainingRuns.forEach((row) => add(`trainingRun ${row.slug}`, row, ["source"]));
  rows.companies.forEach((row) => add(`company ${row.slug}`, row, ["name"]));
  return texts;
}

const CJK = "[\\u3400-\\u9fff]";
const HALF_WIDTH_NEXT_TO_CJK = new RegExp(`${CJK}[,:;()]|[,:;()]${CJK}`);

describe("the seed's bilingual texts", () => {
  it("write Chinese with full-width punctuation next to Chinese characters", () => {
    const offending = shownTexts("Zh").filter(({ text }) => HALF_WIDTH_NEXT_TO_CJK.test(text));
    expect(offending).toEqual([]);
  });

  it("name no data fields in either language", () => {
    const offending = [...shownTexts("Zh"), ...shownTexts("En")].filter(({ text }) =>
      /params_b|\bnull\b|usd_bn/.test(text),
    );
    expect(offending).toEqual([]);
  });

  it("put a fiscal-year label in each language", () => {
    const microsoft2024 = rows.capexFigures.find((row) => row.company === "microsoft" && row.year === 2024)!;
    expect([microsoft2024.basisZh, microsoft2024.basisEn]).toEqual([
      "2024 财年（2023.7–2024.6）",
      "FY2024 (Jul 2023 - Jun 2024)",
    ]);
  });

  it("space Chinese from Latin letters and digits, never from full-width punctuation", () => {
    expect(joinZh("Meta", "公开表态（", zhDate("2025-01-29"), "）")).toBe("Meta 公开表态（2025 年 1 月 29 日）");
    expect(joinZh("微软", " 10-K 年报（文件编号", "0000950170-25-100235", "，")).toBe(
      "微软 10-K 年报（文件编号 0000950170-25-100235，",
    );
    expect(joinZh("Alphabet（谷歌）", " 10-K 年报")).toBe("Alphabet（谷歌）10-K 年报");
  });
});

describe("the seed's figures", () => {
  it("are facts.json's, with Amazon 2024 corrected to 82.999", () => {
    const amazon = rows.capexFigures.find((row) => row.company === "amazon" && row.year === 2024)!;
    expect(amazon.usdBn).toBe(82.999);
  });

  it("take each own-basis amount from a facts text that states it", () => {
    const actuals = rows.companyBasis.filter((row) => row.kind === "actual");
    expect(actuals.map((row) => [row.company, row.fiscalYear, row.usdBn])).toEqual([
      ["microsoft", 2025, 88.2],
      ["amazon", 2025, 128.32],
      ["meta", 2025, 72.215],
      ["meta", 2024, 39.225],
    ]);
    for (const row of actuals) {
      const stated = row.sourceEn.replace(/(\.\d*?)0+\b/g, "$1");
      expect(stated, `${row.company} ${row.fiscalYear}`).toContain(String(row.usdBn));
    }
  });

  it("keep each company's plans in the order they were said, ranges as ranges", () => {
    const meta2025 = rows.companyBasis.filter(
      (row) => row.company === "meta" && row.kind === "plan" && row.fiscalYear === 2025,
    );
    expect(meta2025.map((row) => [row.sequence, row.saidOn, row.usdBnLow, row.usdBnHigh, row.usdBn])).toEqual([
      [1, "2025-01-29", 60, 65, null],
      [2, "2025-04-30", 64, 72, null],
      [3, "2025-07-30", 66, 72, null],
      [4, "2025-10-29", 70, 72, null],
    ]);
    const apple2026 = rows.companyBasis.filter((row) => row.company === "apple" && row.fiscalYear === 2026);
    expect(apple2026).toMatchObject([
      { kind: "plan", sequence: 1, saidOn: null, usdBn: null, usdBnLow: null, usdBnHigh: null },
    ]);
    expect(apple2026[0]!.whatZh).toBe("未给出金额；资本开支将进一步增加（2025 年 10 月 30 日）");
  });
});
