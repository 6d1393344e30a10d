import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { cjkSpacingIssues, halfWidthPunctuationNextToChinese, latinSentences } from "./text/zh-typography";
import { LOCALES } from "./vocabulary";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function at(messages: unknown, path: string): string {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages) as string;
}

// The admin's messages are being localised with the new admin (issue #17), not here.
const zhPaths = keyPaths(zh).filter((path) => !path.startsWith("Admin."));

/** Messages that are the same in both languages because they are names, units or codes, not words to translate. */
const SAME_IN_BOTH = new Set([
  "Meta.appName", // the product's name
  "Meta.titleSuffix",
  "Summary.registration", // SAC / SFC registration numbers
  "Models.colMoe", // MoE, as the note's table heads the column
  "Training.colGpu", // GPU, a unit
  "Capex.basisMark", // the asterisk that marks a bar not on its actual's basis
]);

describe("messages", () => {
  it("zh and en have the same keys", () => {
    expect(keyPaths(zh).sort()).toEqual(keyPaths(en).sort());
  });
  it("every locale has a messages file with zh's keys", () => {
    for (const locale of LOCALES) {
      const messages: unknown = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
      expect(keyPaths(messages).sort(), locale).toEqual(keyPaths(zh).sort());
    }
  });
  it("no message is empty", () => {
    const empty = [zh, en].flatMap((messages) => keyPaths(messages).filter((path) => at(messages, path) === ""));
    expect(empty).toEqual([]);
  });
});

describe("the Chinese messages", () => {
  it("use full-width punctuation next to Chinese", () => {
    const found = zhPaths.flatMap((path) =>
      halfWidthPunctuationNextToChinese(at(zh, path), { placeholdersAsChinese: true }).map((hit) => `${path}: ${hit}`),
    );
    expect(found).toEqual([]);
  });
  it("space Chinese from Latin letters and digits, and never space full-width punctuation", () => {
    const found = zhPaths.flatMap((path) => cjkSpacingIssues(at(zh, path)).map((hit) => `${path}: ${hit}`));
    expect(found).toEqual([]);
  });
  it("hold no English phrase", () => {
    const found = zhPaths.flatMap((path) =>
      latinSentences(at(zh, path).replace(/\{\w+\}/g, " · ")).map((hit) => `${path}: ${hit}`),
    );
    expect(found).toEqual([]);
  });
  it("are translated: none equals its English twin unless it is a name, unit or code", () => {
    const untranslated = zhPaths.filter((path) => at(zh, path) === at(en, path) && !SAME_IN_BOTH.has(path));
    expect(untranslated).toEqual([]);
  });
});
