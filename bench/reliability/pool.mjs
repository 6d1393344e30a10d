// Runs async jobs with bounded concurrency and a deadline: every loop in the suite is bounded in count and time.
export async function runPool(items, concurrency, worker, { deadline = Infinity } = {}) {
  let next = 0;
  let done = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length && Date.now() < deadline) {
      const index = next++;
      await worker(items[index], index);
      done++;
    }
  });
  await Promise.all(lanes);
  return { done, total: items.length, timedOut: done < items.length };
}

/** fetch with a timeout; network failures come back as { status: 0, error } instead of throwing. */
export async function request(url, init = {}, timeoutMs = 30_000) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing a non-loopback URL: ${url}`);
  try {
    const response = await fetch(url, { redirect: "manual", ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    return { status: 0, headers: new Headers(), body: "", error: String(error?.cause?.code ?? error?.name ?? error) };
  }
}
