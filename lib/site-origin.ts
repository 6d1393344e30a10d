/**
 * The site's public origin as the request saw it (behind a proxy: X-Forwarded-Proto/-Host), so
 * link previews carry absolute URLs that work wherever the dashboard is served from.
 */
export function requestOrigin(headers: { get(name: string): string | null }): string {
  const first = (value: string | null) => value?.split(",")[0]?.trim() || null;
  const host = first(headers.get("x-forwarded-host")) ?? first(headers.get("host")) ?? "localhost:3000";
  // `next start` itself speaks plain HTTP; TLS ends at a proxy, which says so in X-Forwarded-Proto.
  const proto = first(headers.get("x-forwarded-proto")) === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

/**
 * The origin for pages served from Next's cache (the Summary), which are rendered once for every
 * request and so cannot read its Host: PUBLIC_ORIGIN when set (e.g. https://lens.example.com),
 * else the address `npm start` serves on.
 */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.PUBLIC_ORIGIN?.trim();
  if (configured && /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(configured)) return configured;
  const port = Number(env.PORT);
  return `http://localhost:${Number.isInteger(port) && port > 0 ? port : 3000}`;
}
