// Runs `next build` unless .next holds a build newer than every source file. Unit tests beside their
// modules (*.test.ts) and their helpers (lib/testing/) are not part of the build: editing one does not rebuild.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "public",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "package.json",
  "postcss.config.mjs",
  "prisma/schema.prisma",
];
const SKIP = new Set(["generated", "node_modules"]);
const isUnitTest = (entry) => /\.test\.tsx?$/.test(entry) || entry === path.join("lib", "testing");

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry)
    .filter((name) => !SKIP.has(name) && !isUnitTest(path.join(entry, name)))
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

const buildId = path.join(".next", "BUILD_ID");
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map(newestMtime));
if (changedAt > builtAt) {
  execSync("next build", { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
} else {
  console.log("build-if-needed: .next is up to date");
}
