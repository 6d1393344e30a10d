// Read load: N concurrent readers cycling through every view and the read API for a bounded time;
// zero errors, and the server's RSS must settle back near where it started.
import autocannon from "autocannon";

import { round } from "../lib/report.mjs";
import { sleep } from "../lib/server.mjs";

const PATHS = [
  "/en",
  "/zh",
  "/en/models?region=CN&access=open&sort=params&dir=desc&view=params",
  "/zh/models?modality=image&sort=released",
  "/en/capex?preset=guidance&msft=25&aapl=10",
  "/zh/capex",
  "/en/training",
  "/en/models/deepseek-r1",
  "/api/models",
  "/api/health",
];

const TIMEOUT_SECONDS = 30;
// "Near": a resident set may keep some of its peak (V8 grows its heap and returns it lazily).
const NEAR_FACTOR = 1.3;
const NEAR_SLACK_BYTES = 64 * 1024 * 1024;

export async function readLoad({ server, readers, seconds }) {
  const available = [];
  for (const path of PATHS) {
    const response = await fetch(server.base + path);
    await response.arrayBuffer();
    if (response.status === 200) available.push(path);
  }
  await sleep(1_000);
  const start = server.rssBytes();
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssBytes() ?? 0)), 250);
  const result = await autocannon({
    url: server.base,
    connections: readers,
    duration: seconds,
    timeout: TIMEOUT_SECONDS,
    requests: available.map((path) => ({ method: "GET", path })),
  });
  clearInterval(sampler);
  // Let the server settle; take the lowest reading of the settling period.
  let after = server.rssBytes();
  for (let i = 0; i < 20; i++) {
    await sleep(500);
    after = Math.min(after, server.rssBytes());
  }
  const mb = (bytes) => round(bytes / 1024 / 1024, 0);
  return {
    readers,
    seconds,
    paths: available,
    requests: result.requests.total,
    requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // autocannon counts a timeout as an error too: keep them apart (a timeout is the server too slow).
    errors: result.errors - result.timeouts + result.non2xx,
    timeouts: result.timeouts,
    timeoutSeconds: TIMEOUT_SECONDS,
    rssMb: { start: mb(start), peak: mb(peak), after: mb(after) },
    memoryRecovered: after <= Math.max(start * NEAR_FACTOR, start + NEAR_SLACK_BYTES),
  };
}
