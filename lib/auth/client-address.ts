/**
 * The client's address, for throttling and the audit log. `next start` puts the socket's address in
 * X-Forwarded-For when the request has none, and the proxy (proxy.ts, withTrustedForwardedFor)
 * removes a client's own X-Forwarded-For unless TRUSTED_PROXY says proxies stand in front: then each
 * of those appends the address it saw, and the client is the entry the outermost trusted proxy wrote.
 * (#18 adds the same trusted-proxy setting for hosts; this is the one function to unify with it.)
 */
type HeaderReader = { get(name: string): string | null };

/** TRUSTED_PROXY: how many proxies in front of the app append to X-Forwarded-For (0 = none, the default; "true" = 1). */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const value = env.TRUSTED_PROXY?.trim().toLowerCase() ?? "";
  if (value === "true" || value === "yes") return 1;
  const hops = Number(value);
  return Number.isInteger(hops) && hops > 0 && hops < 10 ? hops : 0;
}

export function clientAddress(headers: HeaderReader, hops = trustedProxyHops()): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Without a trusted proxy the chain is just the socket's address; with n, the n-th from the end.
  const entry = chain[Math.max(0, chain.length - Math.max(1, hops))];
  return entry ? normalizeAddress(entry) : "unknown";
}

/** An IPv4 address seen through an IPv6 socket (::ffff:127.0.0.1) is the IPv4 address; bounded length. */
export function normalizeAddress(address: string): string {
  return address.replace(/^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i, "$1").slice(0, 64);
}

/** The request headers the app should see: a client's own X-Forwarded-For is dropped unless proxies are trusted. */
export function withTrustedForwardedFor(headers: Headers, hops = trustedProxyHops()): Headers {
  if (hops === 0) headers.delete("x-forwarded-for");
  return headers;
}
