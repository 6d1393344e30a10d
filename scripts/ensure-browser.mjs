// Playwright drives Debian's Chromium (browser downloads are not possible here). Installs it with apt when root.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Without a CJK font, Chinese text in canvases and PNG exports renders as empty boxes.
const CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

if (existsSync(CHROMIUM) && existsSync(CJK_FONT)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(`Chromium or a CJK font is missing: run "sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-zenhei", then npm test again.`);
  process.exit(1);
}
console.log("Installing Debian's chromium and fonts-wqy-zenhei for the end-to-end tests…");
execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei", { stdio: "inherit" });
