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
