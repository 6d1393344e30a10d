// Playwright drives Debian's Chromium (browser downloads are not possible here). Installs it with apt when root.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Without a CJK font, Chinese text in canvases and PNG exports renders as empty boxes.
const CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
// Link-preview images (Satori) cannot read .ttc collections: they draw Chinese with this TTF (lib/og/fonts.ts).
const OG_CJK_FONT = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
// ...and Arabic, Hebrew, Cyrillic, Greek and symbols with DejaVu Sans (never a font download at run time).
const OG_FALLBACK_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

if ([CHROMIUM, CJK_FONT, OG_CJK_FONT, OG_FALLBACK_FONT].every((file) => existsSync(file))) process.exit(0);

const PACKAGES = "chromium fonts-wqy-zenhei fonts-droid-fallback fonts-dejavu-core";
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Chromium or a CJK font is missing: run "sudo apt-get update && sudo apt-get install -y ${PACKAGES}", then npm test again.`,
  );
  process.exit(1);
}
console.log(`Installing Debian's ${PACKAGES} for the end-to-end tests…`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES}`, {
  stdio: "inherit",
});
