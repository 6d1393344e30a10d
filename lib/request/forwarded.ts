/**
 * Which proxy headers to believe. A request's X-Forwarded-For/-Host/-Proto are believed only when
 * the connection comes from an address listed in TRUSTED_PROXY (space- or comma-separated IPs, or
 * `loopback` for 127.0.0.0/8 and ::1); from anyone else they are dropped at the door
 * (lib/security/request-guard.ts), so Next fills them in from the connection itself. App code then
 * reads the client's address with `clientAddress` and nothing else.
 */

export type HeaderBag = Record<string, string | string[] | undefined>;

/** The connection's address without the IPv4-mapped IPv6 prefix (::ffff:127.0.0.1 → 127.0.0.1). */
export function plainAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

function isLoopback(address: string): boolean {
  return address === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

/** A predicate for TRUSTED_PROXY: which peer addresses are our own proxies. Unset: none. */
export function trustedProxies(setting: string | undefined): (address: string) => boolean {
  const entries = (setting ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(plainAddress);
  const loopback = entries.includes("loopback");
  const exact = new Set(entries.filter((entry) => entry !== "loopback"));
  return (address) => {
    const plain = plainAddress(address);
    return exact.has(plain) || (loopback && isLoopback(plain));
  };
}

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;
const IPV6_LITERAL = /^\[[0-9a-f:.]{2,45}\]$/i;

/** A Host (or X-Forwarded-Host) value we can build a URL from: name or IP, optional port. */
export function isValidHost(value: string): boolean {
  const match = value.match(/^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/);
  if (!match) return false;
  const [, name = "", port] = match;
  if (port !== undefined && Number(port) > 65535) return false;
  return HOSTNAME.test(name) || IPV6_LITERAL.test(name);
}

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim() ?? "";

/**
 * The forwarded headers to keep for a request from `peer`: from a trusted proxy, the first
 * X-Forwarded-Host and -Proto when well-formed, and as X-Forwarded-For the client: the nearest
 * address in the chain that is not one of our proxies. From anyone else: nothing.
 */
export function believedForwarding(
  peer: string,
  headers: HeaderBag,
  isTrusted: (address: string) => boolean,
): { host?: string; proto?: "http" | "https"; for?: string } {
  if (!isTrusted(peer)) return {};
  const result: { host?: string; proto?: "http" | "https"; for?: string } = {};
  const host = first(headers["x-forwarded-host"]);
  if (host && isValidHost(host)) result.host = host;
  const proto = first(headers["x-forwarded-proto"]).toLowerCase();
  if (proto === "http" || proto === "https") result.proto = proto;
  const chain = (
    Array.isArray(headers["x-forwarded-for"])
      ? headers["x-forwarded-for"].join(",")
      : (headers["x-forwarded-for"] ?? "")
  )
    .split(",")
    .map((entry) => plainAddress(entry))
    .filter((entry) => /^[0-9a-f:.]{2,45}$/.test(entry));
  const client = [...chain].reverse().find((address) => !isTrusted(address)) ?? chain[0];
  if (client) result.for = client;
  return result;
}

/**
 * The client's address for a request that came through the door (the guard has left at most one,
 * believed X-Forwarded-For): the key for per-client limits. Null when there is none (e.g. in a test).
 */
export function clientAddress(headers: { get(name: string): string | null }): string | null {
  const value = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return value ? plainAddress(value) : null;
}
