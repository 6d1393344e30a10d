import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { clampText, textWidth, wrapText } from "./text-fit";

type Glyph = { index: number; advanceWidth: number };
type Font = { unitsPerEm: number; charToGlyph(char: string): Glyph | null };

// The OpenType parser Satori itself lays text out with (a dependency of satori), by a computed name so
// the app's types do not need its typings.
const SATORI_PARSER = "@shuding/opentype.js";

async function loadFont(file: string): Promise<Font> {
  const { default: opentype } = (await import(SATORI_PARSER)) as { default: { parse(data: ArrayBuffer): Font } };
  const bytes = await readFile(file);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/** A string's width as Satori draws it on the card: Inter 600 where it has the glyph, else the CJK font (og-card.tsx's font stack). */
function fontWidth(text: string, fontSize: number, fonts: Font[]): number {
  let em = 0;
  for (const char of text) {
    if (char === "→") {
      em += 1.4; // drawn as an svg arrow of 0.9 em plus 0.5 em of margins
      continue;
    }
    const font = fonts.find((candidate) => (candidate.charToGlyph(char)?.index ?? 0) > 0);
    if (font) em += font.charToGlyph(char)!.advanceWidth / font.unitsPerEm;
  }
  return em * fontSize;
}

/** Every string a preview card can draw from the messages: titles, legends, sources, subtitles. */
function messageStrings(messages: Record<string, unknown>): string[] {
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") strings.push(value.replace(/\{[^}]+\}/g, "2,695 亿美元"));
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(messages);
  return strings;
}

describe("the preview's width model against the fonts' own advance widths", () => {
  let fonts: Font[];
  beforeAll(async () => {
    const inter = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");
    fonts = await Promise.all([
      loadFont(path.join(inter, "inter-latin-600-normal.woff")),
      loadFont("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    ]);
  });

  it("never measures a message narrower than the fonts draw it (zh and en)", () => {
    const strings = [...messageStrings(zh), ...messageStrings(en), "Alphabet（谷歌）", "USD 1,318.2 bn → 3,702"];
    expect(strings.length).toBeGreaterThan(500);
    const narrower = strings.filter((text) => textWidth(text, 20) < fontWidth(text, 20, fonts) - 0.01);
    expect(narrower).toEqual([]);
  });

  it("stays close enough to the fonts to use the card's width (within 25% for running text)", () => {
    for (const text of [zh.Capex.sourceBars, en.Capex.sourceBars, en.Capex.presetHint_guidance]) {
      expect(textWidth(text, 20) / fontWidth(text, 20, fonts)).toBeLessThan(1.25);
    }
  });
});

describe("wrapText and clampText", () => {
  it("breaks Chinese between characters, never before closing punctuation, and English at spaces", () => {
    const lines = wrapText(zh.Capex.sourceBars, 14, 300);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(textWidth(line, 14)).toBeLessThanOrEqual(300);
      expect(line).not.toMatch(/^[，。、；：）]/);
    }
    expect(lines.join("").replace(/ /g, "")).toBe(zh.Capex.sourceBars.replace(/ /g, ""));
    const english = wrapText(en.Capex.sourceBars, 14, 300);
    expect(english.join(" ")).toBe(en.Capex.sourceBars);
  });
  it("clamps to the lines given and ends with an ellipsis inside the width", () => {
    const lines = clampText(en.Capex.presetHint_guidance, 20, 400, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(textWidth(lines[1]!, 20)).toBeLessThanOrEqual(400);
  });
});
