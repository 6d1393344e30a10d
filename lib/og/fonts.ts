import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 600; style: "normal" };

/**
 * Fonts for link-preview images. Satori reads neither system fonts nor WOFF2 nor .ttc collections:
 * Latin comes from @fontsource/inter's WOFF files (an npm dependency), Chinese from a TTF/OTF file,
 * by default Debian's fonts-droid-fallback (scripts/ensure-browser.mjs installs it; OG_CJK_FONT
 * names another file). Without a CJK font, previews fall back to English rather than draw boxes.
 */
const CJK_FONT_FILES = [process.env.OG_CJK_FONT, "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"];
const INTER = (weight: number) => path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files", `inter-latin-${weight}-normal.woff`);

async function read(file: string): Promise<ArrayBuffer | null> {
  try {
    const bytes = await readFile(file);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  } catch {
    return null;
  }
}

let loaded: Promise<{ fonts: OgFont[]; cjk: boolean }> | null = null;

/** The fonts, read once per process; `cjk` says whether Chinese text can be drawn. */
export function loadOgFonts(): Promise<{ fonts: OgFont[]; cjk: boolean }> {
  loaded ??= (async () => {
    const [regular, semibold] = await Promise.all([read(INTER(400)), read(INTER(600))]);
    let cjk: ArrayBuffer | null = null;
    for (const file of CJK_FONT_FILES) {
      if (file && (cjk = await read(file))) break;
    }
    if (!cjk) console.warn("Link previews: no CJK font found (install fonts-droid-fallback or set OG_CJK_FONT); Chinese previews use English.");
    const fonts: OgFont[] = [];
    if (regular) fonts.push({ name: "Inter", data: regular, weight: 400, style: "normal" });
    if (semibold) fonts.push({ name: "Inter", data: semibold, weight: 600, style: "normal" });
    if (cjk) fonts.push({ name: "CJK", data: cjk, weight: 400, style: "normal" });
    return { fonts, cjk: cjk !== null };
  })();
  return loaded;
}
