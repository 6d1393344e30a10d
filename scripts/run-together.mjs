// node scripts/run-together.mjs <npm script>…: runs the npm scripts at the same time, each line of their
// output prefixed with its name, and fails if any fails. For single-threaded checks (tsc, eslint) that
// would otherwise leave the second core idle; says how long each took.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error("usage: node scripts/run-together.mjs <npm script>…");
  process.exit(2);
}
const started = Date.now();
const results = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const child = spawn("npm", ["run", "--silent", name], { stdio: ["ignore", "pipe", "pipe"] });
        for (const stream of [child.stdout, child.stderr])
          createInterface({ input: stream }).on("line", (line) => console.log(`[${name}] ${line}`));
        child.on("close", (code) => resolve({ name, code, seconds: (Date.now() - started) / 1000 }));
      }),
  ),
);
for (const { name, code, seconds } of results)
  console.log(`${code === 0 ? "✓" : "✗"} ${name} (${seconds.toFixed(1)} s${code === 0 ? "" : `, exit ${code}`})`);
process.exit(results.some((result) => result.code !== 0) ? 1 : 0);
