import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { LOCALES } from "./vocabulary";

// The places a new locale must visit that the compiler does not point at (docs/adding-a-locale.md):
// locale patterns written out in regexes and route matchers, and two-way branches on a locale.

const SOURCE_ROOTS = ["app", "components", "lib", "i18n", "proxy.ts", "instrumentation.ts"];

function sourceFiles(entry: string): string[] {
  if (!entry.endsWith(".ts") && !entry.endsWith(".tsx")) {
    if (entry.endsWith("generated")) return [];
    return readdirSync(entry, { withFileTypes: true }).flatMap((child) =>
      child.isDirectory() || /\.tsx?$/.test(child.name) ? sourceFiles(path.join(entry, child.name)) : [],
    );
  }
  return /\.test\.tsx?$/.test(entry) ? [] : [entry];
}

const lines = SOURCE_ROOTS.flatMap(sourceFiles).flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .map((text, index) => ({ where: `${file}:${index + 1}`, text })),
);

/** `(zh|en)`, `(?:zh|en)`: an alternation of two-letter codes that includes a locale. */
const LOCALE_ALTERNATION = /\((?:\?:)?((?:[a-z]{2}\|)+[a-z]{2})\)/g;
/** `locale === "zh"`, `lang !== "en"`: a branch that gives every other locale the other side. */
const TWO_WAY_BRANCH = /[!=]==\s*"(?:zh|en)"|"(?:zh|en)"\s*[!=]==/;

describe("the places that name the locales", () => {
  it("every locale pattern in the sources names each of LOCALES", () => {
    const patterns = lines.flatMap(({ where, text }) =>
      [...text.matchAll(LOCALE_ALTERNATION)]
        .map((match) => match[1]!.split("|"))
        .filter((codes) => codes.some((code) => (LOCALES as readonly string[]).includes(code)))
        .map((codes) => ({ where, codes: [...codes].sort() })),
    );
    // The Summary's path, the public views' paths, the missing-record path, proxy.ts's matchers.
    expect(patterns.length).toBeGreaterThanOrEqual(5);
    expect(patterns.filter(({ codes }) => codes.join() !== [...LOCALES].sort().join())).toEqual([]);
  });

  it("has two-way locale branches only while there are two locales", () => {
    const branches = lines.filter(({ text }) => TWO_WAY_BRANCH.test(text)).map(({ where }) => where);
    expect(branches.length).toBeGreaterThan(0);
    // With a third locale each of these gives it the other side's text or format: rewrite them as a
    // Record<AppLocale, …> (the compiler then asks for every locale) or a per-locale branch.
    expect((LOCALES.length as number) === 2 ? [] : branches).toEqual([]);
  });
});
