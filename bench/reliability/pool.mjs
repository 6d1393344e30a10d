import http from "node:http";

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

/**
 * Like `request`, but from another loopback address (127.0.0.2, 127.0.0.3 …: all of 127/8 is this
 * machine), so the server sees a different client: throttling is per address.
 */
export function requestFrom(localAddress, url, init = {}, timeoutMs = 30_000) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing a non-loopback URL: ${url}`);
  return new Promise((resolve) => {
    const req = http.request(
      url,
      { method: init.method ?? "GET", headers: init.headers ?? {}, localAddress, timeout: timeoutMs },
      (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers))
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", (/** @type {NodeJS.ErrnoException} */ error) =>
          resolve({ status: 0, headers: new Headers(), body: "", error: String(error.code ?? error) }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (/** @type {NodeJS.ErrnoException} */ error) =>
      resolve({ status: 0, headers: new Headers(), body: "", error: String(error.code ?? error) }),
    );
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}
