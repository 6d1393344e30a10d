// Guessing: 500 wrong Bearer tokens and 200 wrong sign-ins from one client address, and a burst of
// 100 concurrent wrong tokens from another (at most 10 answered 401, the rest 429). Properties: 429s
// (with Retry-After) start within the first 20 of each; no guess is ever accepted or answered 5xx; the
// right token from another address still works while the guessing address is refused even with it;
// nothing is written (export, versions and audit log unchanged). All of 127/8 is loopback, so the
// addresses are real socket addresses, not headers a client could forge.
import { ADMIN_TOKEN } from "../lib/server.mjs";
import { databaseFingerprint } from "./api-fuzz.mjs";
import { requestFrom, runPool } from "./pool.mjs";

const ATTACKER = "127.0.0.2";
const COLLEAGUE = "127.0.0.3";
const BURST_ADDRESS = "127.0.0.4";
const BURST = 100;

/** A wrong token: half random strings, half shaped like named API tokens (which also count per token). */
function wrongToken(n) {
  const random = `${n}-${Math.random().toString(36).slice(2)}`.padEnd(40, "x");
  return n % 2 === 0
    ? random
    : `cl_${random
        .replace(/[^A-Za-z0-9]/g, "")
        .slice(0, 12)
        .padEnd(12, "a")}_${"A".repeat(43)}`;
}

/** Sends `count` failing attempts from one address, four at a time; what came back, in order. */
async function guess(count, send, deadline) {
  const statuses = new Array(count).fill(0);
  const failures = [];
  const pool = await runPool(
    Array.from({ length: count }, (_, n) => n),
    4,
    async (n) => {
      const response = await send(n);
      statuses[n] = response.status;
      if (response.status === 0 || response.status >= 500 || response.status < 400)
        failures.push({ reason: `attempt ${n + 1}: HTTP ${response.status}`, request: response.error ?? "" });
      else if (response.status === 429 && !/^\d+$/.test(response.headers.get("retry-after") ?? ""))
        failures.push({ reason: `attempt ${n + 1}: 429 without Retry-After` });
    },
    { deadline },
  );
  const first429 = statuses.indexOf(429);
  return { statuses: tally(statuses), first429: first429 < 0 ? null : first429 + 1, timedOut: pool.timedOut, failures };
}

const tally = (statuses) =>
  statuses.reduce((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});

export async function authThrottling({ base, tokens, signIns, deadline }) {
  const before = await databaseFingerprint(base);
  if (before === null) return { missing: "GET /api/export is not 200", failures: [] };
  const body = JSON.stringify({ paramsB: 1 });
  const wrongBearer = (n) =>
    requestFrom(ATTACKER, `${base}/api/models/o1`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${wrongToken(n)}`, "content-type": "application/json", "if-match": '"1"' },
      body,
    });
  const bearer = await guess(tokens, wrongBearer, deadline);
  const signIn = await guess(
    signIns,
    (n) =>
      requestFrom(ATTACKER, `${base}/api/auth/token`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base },
        body: JSON.stringify({ token: wrongToken(n) }),
      }),
    deadline,
  );
  // A burst: 100 wrong tokens at once from a fresh address. Each is counted before its check, so
  // the burst meets the same limit as the patient guesser: at most the 10 free ones are answered 401.
  const burstStatuses = await Promise.all(
    Array.from({ length: BURST }, (_, n) =>
      requestFrom(BURST_ADDRESS, `${base}/api/models/o1`, {
        method: "PATCH",
        headers: {
          authorization: `Bearer ${wrongToken(10_000 + n)}`,
          "content-type": "application/json",
          "if-match": '"1"',
        },
        body,
      }).then((response) => response.status),
    ),
  );
  const burst = tally(burstStatuses);
  const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const colleague = (await requestFrom(COLLEAGUE, `${base}/api/audit?limit=1`, { headers: auth })).status;
  const colleagueSignIn = (
    await requestFrom(COLLEAGUE, `${base}/api/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ token: ADMIN_TOKEN }),
    })
  ).status;
  // Blocks start at 2 s and may have run out while the other requests went: one more wrong token (a
  // repeat offender's first failure blocks at once) makes sure the address is blocked when it tries the right one.
  const renewed = (await wrongBearer(tokens)).status;
  const attackerWithRightToken = (await requestFrom(ATTACKER, `${base}/api/audit?limit=1`, { headers: auth })).status;
  const after = await databaseFingerprint(base);
  const failures = [...bearer.failures, ...signIn.failures];
  if (renewed !== 401 && renewed !== 429) failures.push({ reason: `one more wrong token got HTTP ${renewed}` });
  if (bearer.first429 === null || bearer.first429 > 20)
    failures.push({ reason: `wrong tokens: first 429 at attempt ${bearer.first429}` });
  if (signIn.first429 === null || signIn.first429 > 20)
    failures.push({ reason: `wrong sign-ins: first 429 at attempt ${signIn.first429}` });
  if ((burst[401] ?? 0) > 10 || burstStatuses.some((status) => status !== 401 && status !== 429))
    failures.push({
      reason: `a burst of ${BURST} wrong tokens got ${JSON.stringify(burst)} (at most 10 × 401, the rest 429)`,
    });
  if (colleague !== 200) failures.push({ reason: `the right token from another address got HTTP ${colleague}` });
  if (colleagueSignIn !== 204)
    failures.push({ reason: `signing in with the right token from another address got HTTP ${colleagueSignIn}` });
  if (attackerWithRightToken !== 429)
    failures.push({ reason: `the guessing address with the right token got HTTP ${attackerWithRightToken}, not 429` });
  return {
    bearer,
    burst,
    signIn,
    colleague,
    colleagueSignIn,
    attackerWithRightToken,
    unchanged: before === after,
    timedOut: bearer.timedOut || signIn.timedOut,
    failures,
  };
}
