import { describe, expect, it } from "vitest";

import { loadFacts, loadFactsZh } from "@/lib/facts/load";
import { buildSeedRows } from "@/lib/seed/seed-rows";
import { VIEW_PARAM_ORDER } from "@/lib/url-state/param-order";
import { CAPEX_TICKERS } from "@/lib/vocabulary";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

// The capex companies are listed in places the compiler cannot link (docs/adding-a-company.md): the
// companies facts.json gives figures for and the seed names (lib/seed/seed-extras.ts), the tickers the
// view computes with (CAPEX_TICKERS: a seeded company missing there is silently left out), the URL's
// parameters and the messages that name or count the companies. This test fails until they agree.

const seededCapexCompanies = buildSeedRows(loadFacts(), loadFactsZh()).companies.filter(
  (company) => company.ticker !== null,
);

function messageTexts(messages: object, path: string[] = []): { key: string; text: string }[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string"
      ? [{ key: [...path, key].join("."), text: value }]
      : messageTexts(value as object, [...path, key]),
  );
}

const EDITIONS = [
  {
    locale: "en",
    texts: messageTexts(en),
    names: (company: { nameEn: string }) => [company.nameEn],
    // "the five companies", "the five's", "five combined", "all five (%)", "the five, FactSet …"
    counts: /\b(two|three|four|five|six|seven|eight|nine)\b(?= big| compan|'s\b| combined| filings| grew| \(%\)|,)/gi,
    numbers: ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  },
  {
    locale: "zh",
    texts: messageTexts(zh),
    // "Alphabet（谷歌）" is named 谷歌 in running text.
    names: (company: { nameZh: string }) => [company.nameZh, ...(/（(.+)）/.exec(company.nameZh)?.slice(1) ?? [])],
    // "五家公司", "北美五大科技公司"
    counts: /([二三四五六七八九])(?=家|大科技)/g,
    numbers: ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
  },
] as const;

describe("the capex companies, listed alike everywhere", () => {
  it("seeds a ticker for each of CAPEX_TICKERS and no other", () => {
    const seededTickers = seededCapexCompanies.map((company) => company.ticker!.toLowerCase());
    expect([...seededTickers].sort()).toEqual([...CAPEX_TICKERS].sort());
  });

  it("gives each company its URL parameter, in CAPEX_TICKERS order", () => {
    const tickers = VIEW_PARAM_ORDER.capex.filter((name) => (CAPEX_TICKERS as readonly string[]).includes(name));
    expect(tickers).toEqual([...CAPEX_TICKERS]);
    expect(VIEW_PARAM_ORDER.capex).toEqual(["preset", ...CAPEX_TICKERS, "scenario", "section"]);
  });

  for (const edition of EDITIONS) {
    it(`names every company where a ${edition.locale} message lists them`, () => {
      const lists = edition.texts.filter(
        ({ text }) =>
          seededCapexCompanies.filter((company) => edition.names(company).some((name) => text.includes(name))).length >=
          3,
      );
      expect(lists.length).toBeGreaterThan(0);
      for (const { key, text } of lists) {
        const missing = seededCapexCompanies.filter(
          (company) => !edition.names(company).some((name) => text.includes(name)),
        );
        expect(
          missing.map((company) => company.nameEn),
          `${edition.locale} ${key} lists the companies`,
        ).toEqual([]);
      }
    });

    it(`counts the companies as CAPEX_TICKERS does in every ${edition.locale} message`, () => {
      const counted = edition.texts.flatMap(({ key, text }) =>
        [...text.matchAll(edition.counts)].map((match) => ({ key, number: match[1]!.toLowerCase() })),
      );
      expect(counted.length).toBeGreaterThan(0);
      const expected = edition.numbers[CAPEX_TICKERS.length];
      // With a sixth company, each of these needs a decision: the note's FactSet consensus stays the
      // five's, the app's sums become six (docs/adding-a-company.md).
      expect(counted.filter(({ number }) => number !== expected)).toEqual([]);
    });
  }
});
