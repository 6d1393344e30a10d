// Preloaded into the server under test (node --import): every TCP connection to anywhere but
// loopback is refused and written to $OUTBOUND_GUARD_LOG (one JSON line each), so the suite can
// prove the app makes no outbound request at all, with the evidence if it ever does.
import dns from "node:dns";
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import net from "node:net";

const LOG = process.env.OUTBOUND_GUARD_LOG;
const LOOPBACK_NAMES = new Set(["localhost", "localhost.", "ip6-localhost"]);

function isLoopback(host) {
  const plain = String(host ?? "localhost")
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/^::ffff:/, "");
  return LOOPBACK_NAMES.has(plain) || plain === "::1" || /^127\.\d+\.\d+\.\d+$/.test(plain);
}

function record(kind, target) {
  const line = JSON.stringify({
    kind,
    target,
    at: new Date().toISOString(),
    stack: new Error().stack?.split("\n").slice(2, 8).join(" | "),
  });
  if (LOG) fs.appendFileSync(LOG, `${line}\n`);
  process.stderr.write(`outbound-guard: blocked ${kind} ${target}\n`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  // net.connect passes its normalised [options, callback]; direct calls pass (options | port[, host]).
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options =
    typeof first === "object" && first !== null
      ? first
      : { port: first, host: typeof args[1] === "string" ? args[1] : undefined };
  if (options.path === undefined && !isLoopback(options.host)) {
    record("connect", `${options.host}:${options.port}`);
    process.nextTick(() =>
      this.destroy(new Error(`outbound connection to ${options.host}:${options.port} blocked by the test guard`)),
    );
    return this;
  }
  return connect.apply(this, args);
};

for (const target of [dns, dns.promises]) {
  const lookup = target.lookup;
  target.lookup = function guardedLookup(hostname, ...rest) {
    if (!isLoopback(hostname)) record("dns", hostname);
    return lookup.call(this, hostname, ...rest);
  };
}
// So that `import { lookup } from "node:dns"` sees the guarded function too.
syncBuiltinESMExports();
