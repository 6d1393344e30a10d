// npm run test:reliability [-- --quick] [-- --only=deep-links,api,concurrency,freshness,abuse,auth,load,crash]
// Deep-link fuzzing, API fuzzing, concurrent editors, abuse resistance, guessing tokens and sign-ins, kill -9 crash safety and a
// read-load soak against the production server on fresh SQLite files. The server runs with every
// outbound connection refused and logged (outbound-guard.mjs): the run fails on any. RELIABILITY_QUICK=1
// = --quick (CI). RELIABILITY_SEED replays the generated cases; RELIABILITY_PORT (default 3301) is the loopback port.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { flag, machine, printTable, round, writeResults } from "../lib/report.mjs";
import { assertPortFree, buildIfNeeded, freshDatabase, removeDatabase, startServer } from "../lib/server.mjs";
import { forwardedHosts, localGlyphPreviews, malformedRequests, ogFlood, poisonedSummary } from "./abuse.mjs";
import { fuzzApi } from "./api-fuzz.mjs";
import { authThrottling } from "./auth-throttle.mjs";
import { concurrentEditors } from "./concurrency.mjs";
import { crashDuringWrites } from "./crash.mjs";
import { fuzzDeepLinks } from "./deep-links.mjs";
import { summaryFreshness } from "./freshness.mjs";
import { readLoad } from "./load.mjs";

const quick = flag("quick") || process.env.RELIABILITY_QUICK === "1";
const port = Number(process.env.RELIABILITY_PORT ?? 3301);
const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 2 ** 31);
const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice(7)
  .split(",");
const enabled = (name) => !only || only.includes(name);
const settings = quick
  ? {
      deepLinks: 300,
      apiBodies: 100,
      editors: 10,
      editsPerEditor: 3,
      crashWrites: 60,
      loadReaders: 20,
      loadSeconds: 5,
      ogClients: 6,
      ogSeconds: 10,
    }
  : {
      deepLinks: 10_000,
      apiBodies: 2_000,
      editors: 50,
      editsPerEditor: 5,
      crashWrites: 400,
      loadReaders: 200,
      loadSeconds: 60,
      ogClients: 16,
      ogSeconds: 30,
    };
const minutes = (n) => Date.now() + n * 60_000;

await assertPortFree(port);
buildIfNeeded();
const results = { quick, seed, settings, machine: machine(), checks: {} };
const rows = [];
const row = (check, measured, passed, detail = "") =>
  rows.push({ check, measured, result: passed ? "pass" : "FAIL", detail });

// One server on one fresh database for the parts that share it; crash safety gets its own.
const database = freshDatabase("reliability");
const outboundLog = path.resolve("bench/results/outbound-attempts.log");
rmSync(outboundLog, { force: true });
const publicOrigin = "http://lens.test";
let server = await startServer({
  port,
  databaseUrl: database.url,
  nodeArgs: ["--import", pathToFileURL(path.resolve("bench/reliability/outbound-guard.mjs")).href],
  env: { OUTBOUND_GUARD_LOG: outboundLog, PUBLIC_ORIGIN: publicOrigin },
});
try {
  if (enabled("deep-links")) {
    console.log(`deep links: ${settings.deepLinks} generated URLs (seed ${seed}) …`);
    const r = await fuzzDeepLinks({
      base: server.base,
      runs: settings.deepLinks,
      seed,
      concurrency: 6,
      deadline: minutes(quick ? 1.5 : 20),
    });
    results.checks.deepLinks = r;
    const fiveXx = Object.entries(r.statuses)
      .filter(([status]) => Number(status) >= 500)
      .reduce((sum, [, n]) => sum + n, 0);
    row(
      "deep-link fuzzing",
      `${r.runs} URLs: ${Object.entries(r.statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(" ")}`,
      r.failures.length === 0 && !r.timedOut,
      `${fiveXx} 5xx · ${r.withNotice} certainly-wrong links with notice${r.timedOut ? " · TIMED OUT" : ""}`,
    );
  }
  if (enabled("api")) {
    console.log(`API fuzzing: ${settings.apiBodies} bodies per write endpoint …`);
    const r = await fuzzApi({
      base: server.base,
      bodies: settings.apiBodies,
      seed,
      concurrency: 4,
      deadline: minutes(quick ? 1.5 : 20),
    });
    results.checks.api = r;
    if (r.missing) row("API fuzzing", r.missing, false, "write API not on this branch");
    else
      row(
        "API fuzzing",
        `${r.requests} requests to ${r.endpoints.length} endpoints: ${Object.entries(r.statuses)
          .map(([s, n]) => `${s}×${n}`)
          .join(" ")}`,
        r.failures.length === 0 && r.unchanged && !r.timedOut,
        `database ${r.unchanged ? "unchanged" : "CHANGED"}${r.timedOut ? " · TIMED OUT" : ""}`,
      );
  }
  if (enabled("concurrency")) {
    console.log(`concurrency: ${settings.editors} editors × ${settings.editsPerEditor} edits …`);
    const r = await concurrentEditors({
      base: server.base,
      editors: settings.editors,
      editsPerEditor: settings.editsPerEditor,
      deadline: minutes(quick ? 1.5 : 10),
    });
    results.checks.concurrency = r;
    if (r.missing) row("concurrent editors", r.missing, false, "write API not on this branch");
    else
      row(
        "concurrent editors",
        `${r.accepted} accepted, ${r.conflicts} × 412 retried`,
        r.lostUpdates === 0 && r.errors === 0 && !r.timedOut,
        `${r.lostUpdates} lost updates · ${r.errors} errors${r.timedOut ? " · TIMED OUT" : ""}`,
      );
  }
  if (enabled("freshness")) {
    const r = await summaryFreshness({ base: server.base });
    results.checks.freshness = r;
    if (r.missing) row("Summary after writes", r.missing, false, "write API not on this branch");
    else
      row(
        "Summary after writes",
        `models ${r.before} → create ${r.createStatus} → ${r.afterCreate} → delete ${r.deleteStatus} → ${r.afterDelete}`,
        r.fresh,
        r.fresh ? "fresh on the next request" : "STALE",
      );
  }
  if (enabled("abuse")) {
    console.log("abuse: link-preview flood, poisoned Summary, forwarded hosts, malformed requests, local glyphs …");
    const glyphs = await localGlyphPreviews({ base: server.base });
    row(
      "previews, outbound blocked",
      glyphs.results.map((r) => `${r.script} ${r.status} ${r.ms} ms`).join(" · "),
      glyphs.passed,
      "each a PNG in < 1 s from local fonts",
    );
    const flood = await ogFlood({ base: server.base, clients: settings.ogClients, seconds: settings.ogSeconds });
    row(
      "og flood with cache-busters",
      `${flood.clients} clients × ${flood.seconds}s: ${round(flood.imagesPerSecond, 1)} images/s, ${Object.entries(
        flood.statuses,
      )
        .map(([s, n]) => `${s}×${n}`)
        .join(" ")}`,
      flood.passed,
      `/api/health p50 ${flood.healthP50Ms} ms · p99 ${flood.healthP99Ms} ms (${flood.baselineP99Ms} ms before the flood; must stay < 200 ms above it) · max ${flood.healthMaxMs} ms · ${flood.healthFailures} failed of ${flood.healthProbes}`,
    );
    const poisoned = await poisonedSummary({ base: server.base });
    row(
      "poisoned Summary",
      `write ${poisoned.writeStatus} → /en?<12 kB> ${poisoned.poisonedStatus} → /en ${poisoned.bytesBefore} → ${poisoned.bytesAfter} bytes`,
      poisoned.passed,
      `query ${poisoned.leaked ? "LEAKED" : "not cached"} · Cache-Control: ${poisoned.cacheControl} · ${poisoned.spellings
        .map((s) => `${s.path.split("?")[0]}?… ${s.status}`)
        .join(" · ")}`,
    );
    const hosts = await forwardedHosts({ base: server.base, origin: publicOrigin });
    row(
      "forwarded-host variants",
      `${hosts.variants} variants`,
      hosts.passed,
      hosts.failures.map((f) => `${JSON.stringify(f.headers)} → ${f.status} ${f.ogUrl}`).join("; ") ||
        "og:url and og:image from PUBLIC_ORIGIN; malformed Host 400",
    );
    const malformed = await malformedRequests({ base: server.base });
    row(
      "malformed URLs, methods, bodies",
      malformed.results.map((r) => `${r.status}`).join(" "),
      malformed.passed,
      malformed.failures.map((f) => `${f.name}: ${f.status}`).join("; ") ||
        `${malformed.cases} cases: 400/405/422 with security headers; notices capped`,
    );
    results.checks.abuse = { glyphs, flood, poisoned, hosts, malformed };
  }
  if (enabled("auth")) {
    console.log("auth: 500 wrong tokens and 200 wrong sign-ins from one address …");
    const r = await authThrottling({
      base: server.base,
      tokens: 500,
      signIns: 200,
      deadline: minutes(quick ? 1.5 : 5),
    });
    results.checks.auth = r;
    if (r.missing) row("guessing tokens and sign-ins", r.missing, false);
    else
      row(
        "guessing tokens and sign-ins",
        `tokens: first 429 at #${r.bearer.first429} (${Object.entries(r.bearer.statuses)
          .map(([s, n]) => `${s}×${n}`)
          .join(" ")}) · sign-ins: first 429 at #${r.signIn.first429} (${Object.entries(r.signIn.statuses)
          .map(([s, n]) => `${s}×${n}`)
          .join(" ")}) · burst of 100: ${Object.entries(r.burst)
          .map(([s, n]) => `${s}×${n}`)
          .join(" ")}`,
        r.failures.length === 0 && r.unchanged && !r.timedOut,
        `right token from another address ${r.colleague}, its sign-in ${r.colleagueSignIn}; guessing address with it ${r.attackerWithRightToken} · database ${r.unchanged ? "unchanged" : "CHANGED"}${r.timedOut ? " · TIMED OUT" : ""}`,
      );
  }
  if (enabled("load")) {
    console.log(`load: ${settings.loadReaders} readers for ${settings.loadSeconds}s …`);
    const r = await readLoad({ server, readers: settings.loadReaders, seconds: settings.loadSeconds });
    results.checks.load = r;
    row(
      "read load",
      `${r.requests} requests, ${round(r.requestsPerSecond, 0)} req/s, p99 ${r.p99Ms} ms`,
      r.errors === 0 && r.timeouts === 0 && r.memoryRecovered,
      `${r.errors} errors · ${r.timeouts} waited > ${r.timeoutSeconds}s · RSS ${r.rssMb.start} → ${r.rssMb.peak} → ${r.rssMb.after} MB`,
    );
  }
} finally {
  await server.stop();
  removeDatabase(database.file);
}
const outbound = existsSync(outboundLog) ? readFileSync(outboundLog, "utf8").split("\n").filter(Boolean) : [];
results.checks.outbound = { attempts: outbound.length, log: outbound.slice(0, 20) };
row(
  "outbound requests",
  `${outbound.length}`,
  outbound.length === 0,
  outbound.length ? outbound.slice(0, 3).join(" ") : "every connection stayed on loopback",
);

if (enabled("crash")) {
  console.log(`crash safety: kill -9 during ${settings.crashWrites} writes …`);
  const r = await crashDuringWrites({ port, writes: settings.crashWrites, deadline: minutes(quick ? 1.5 : 5) });
  results.checks.crash = r;
  if (r.missing) row("kill -9 during writes", r.missing, false, "write API not on this branch");
  else
    row(
      "kill -9 during writes",
      `${r.acknowledged} writes got 2xx before the kill`,
      r.lost === 0 && r.integrity === "ok",
      `${r.lost} lost · integrity_check ${r.integrity} · journal_mode ${r.journalMode}, synchronous ${r.synchronous}`,
    );
}

const lb = results.machine.loadAverage;
printTable(
  `AI Capex Lens reliability${quick ? " (quick)" : ""} · seed ${seed} · load avg ${lb.one}/${lb.five}/${lb.fifteen} on ${results.machine.cpus} cores`,
  ["check", "measured", "result", "detail"],
  rows,
);
for (const [name, check] of Object.entries(results.checks)) {
  for (const failure of check.failures ?? [])
    console.log(`  ${name}: ${failure.reason} — ${failure.url ?? failure.request ?? ""}`);
}
results.rows = rows;
console.log(`\nresults: ${writeResults(quick ? "reliability-quick" : "reliability", results)}`);
if (rows.some((r) => r.result !== "pass")) process.exitCode = 1;
