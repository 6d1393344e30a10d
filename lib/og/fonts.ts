import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

export type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 600; style: "normal"; lang?: "th-TH" };

/**
 * Fonts for link-preview images, all read from disk: Satori is never allowed to fetch one (see
 * render.ts). Satori reads neither system fonts nor WOFF2 nor .ttc collections, so:
 * - Latin: @fontsource/inter's WOFF files (npm);
 * - Chinese: a TTF/OTF file, by default Debian's fonts-droid-fallback (OG_CJK_FONT names another);
 * - Thai: @fontsource/noto-sans-thai's WOFF (npm);
 * - Arabic, Hebrew, Cyrillic, Greek and symbols: DejaVu Sans when the system has it (Debian's
 *   fonts-dejavu-core). Noto Sans Arabic is not used: Satori's font parser throws on its ligature tables.
 * A glyph none of them has is drawn as nothing. Without a CJK font, previews fall back to English.
 */
const CJK_FONT_FILES = [process.env.OG_CJK_FONT, "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"];
const FALLBACK_FONT_FILES = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"];
const packageFont = (name: string, file: string) =>
  path.join(process.cwd(), "node_modules", "@fontsource", name, "files", file);
const INTER = (weight: number) => packageFont("inter", `inter-latin-${weight}-normal.woff`);
const THAI = packageFont("noto-sans-thai", "noto-sans-thai-thai-400-normal.woff");

async function read(file: string): Promise<ArrayBuffer | null> {
  try {
    const bytes = await readFile(file);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  } catch {
    return null;
  }
}

async function firstReadable(files: (string | undefined)[]): Promise<ArrayBuffer | null> {
  for (const file of files) {
    const data = file ? await read(file) : null;
    if (data) return data;
  }
  return null;
}

let loaded: Promise<{ fonts: OgFont[]; cjk: boolean }> | null = null;

/**
 * The fonts, read once per process, as one array: Satori caches its parsed fonts per array, so
 * every render must pass this same one. `cjk` says whether Chinese text can be drawn.
 */
export function loadOgFonts(): Promise<{ fonts: OgFont[]; cjk: boolean }> {
  loaded ??= (async () => {
    const [regular, semibold, cjk, thai, fallback] = await Promise.all([
      read(INTER(400)),
      read(INTER(600)),
      firstReadable(CJK_FONT_FILES),
      read(THAI),
      firstReadable(FALLBACK_FONT_FILES),
    ]);
    if (!cjk)
      console.warn(
        "Link previews: no CJK font found (install fonts-droid-fallback or set OG_CJK_FONT); Chinese previews use English.",
      );
    const fonts: OgFont[] = [];
    if (regular) fonts.push({ name: "Inter", data: regular, weight: 400, style: "normal" });
    if (semibold) fonts.push({ name: "Inter", data: semibold, weight: 600, style: "normal" });
    if (cjk) fonts.push({ name: "CJK", data: cjk, weight: 400, style: "normal" });
    if (thai) fonts.push({ name: "Thai", data: thai, weight: 400, style: "normal", lang: "th-TH" });
    if (fallback) fonts.push({ name: "Fallback", data: fallback, weight: 400, style: "normal" });
    return { fonts, cjk: cjk !== null };
  })();
  return loaded;
}
