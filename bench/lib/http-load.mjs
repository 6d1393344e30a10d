// Server throughput and latency with autocannon (programmatic), loopback only, bounded in time.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

/**
 * One autocannon run: `connections` keep-alive clients for `seconds`. Returns requests/s (mean),
 * latency p50/p99 in ms, and every failure kind counted (socket errors, timeouts, non-2xx). With
 * `pathFor(n)` the n-th request goes to that path (a new URL each time: no response cache helps);
 * with `serverPid` also the server's CPU time per request (user + system, every thread, from /proc).
 */
export async function measureThroughput({
  url,
  connections,
  seconds,
  headers = {},
  pathFor = undefined,
  serverPid = undefined,
}) {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url))
    throw new Error(`refusing to load a non-loopback URL: ${url}`);
  let sent = 0;
  const requests = pathFor ? [{ setupRequest: (request) => ({ ...request, path: pathFor(sent++) }) }] : undefined;
  const cpuBefore = serverPid ? cpuMs(serverPid) : null;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    headers,
    requests,
  });
  const cpuAfter = serverPid ? cpuMs(serverPid) : null;
  return {
    serverCpuMsPerRequest:
      cpuBefore !== null && cpuAfter !== null && result.requests.total
        ? Math.round(((cpuAfter - cpuBefore) / result.requests.total) * 10) / 10
        : null,
    // Completed requests over the run's real duration (autocannon's per-second average drops partial seconds).
    requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerRequest: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : null,
  };
}

/** A few sequential requests first so a cold route (first render, first cache fill) is not measured. Returns the last status. */
export async function warmUp(url, count = 5) {
  for (let i = 0; i < count; i++) {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    if (response.status >= 400) return response.status;
  }
  return 200;
}

/** A process's CPU time so far in ms (Linux /proc; utime + stime in clock ticks of 10 ms). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
