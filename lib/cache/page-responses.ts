import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gunzipSync, gzip, inflateSync } from "node:zlib";

import { newNonce } from "../security/headers";
import { isPublicViewPath } from "./public-views";

/**
 * The public views' rendered pages, kept at the front door (lib/security/request-guard.ts) so a link
 * asked for again (a shared link opened by the team) is answered without rendering it again.
 *
 * Key: the data generation, then the path and query exactly as asked for. The page is a function of
 * those alone (the views read no cookie or header; notices and the `q=` reflection come from the
 * query), so an exact key can never serve another state's page; the canonical state is coarser and
 * would merge links whose notices differ. A write (revalidateThisInstance, on this instance or
 * announced by another) starts a new generation, so nothing rendered before it is served after.
 * #28's data versions (`v=`) are part of the query, hence of the key, already.
 *
 * The strict CSP stays: every response still gets its own nonce. The stored page has the nonce it
 * was rendered with replaced by a placeholder, and each hit gets a fresh one in the page and in the
 * CSP header, so an injected script can no more guess a hit's nonce than a render's.
 */

/** Next's client navigations and server actions: other answers than the document. */
const NEXT_REQUEST_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "next-url",
];
/** Headers of the moment, never replayed. */
const PER_RESPONSE_HEADERS = new Set([
  "date",
  "set-cookie",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "strict-transport-security",
]);
const MAX_ENTRY_BYTES = 1024 * 1024;
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
/** A bound on staleness should a write's announcement from another instance be lost. */
const MAX_AGE_MS = 5 * 60_000;
const NONCE_IN_CSP = /'nonce-([A-Za-z0-9+/=]+)'/;

type Entry = {
  status: number;
  headers: [string, OutgoingHttpHeaders[string]][];
  /** The page split where its nonce stood (UTF-8, as sent). */
  parts: Buffer[];
  bytes: number;
  at: number;
};
type Store = { generation: number; entries: Map<string, Entry>; bytes: number };

// On globalThis: the door (instrumentation.ts) and the route handlers that revalidate are separate bundles.
const holder = globalThis as unknown as { capexLensPageResponses?: Store };
const store: Store = (holder.capexLensPageResponses ??= { generation: 0, entries: new Map(), bytes: 0 });

/** Forgets every stored page: called on every write (lib/cache/cached-views.ts). */
export function clearPageResponses(): void {
  store.generation += 1;
  store.entries.clear();
  store.bytes = 0;
}

export function isCacheablePageRequest(method: string, url: string, headers: IncomingMessage["headers"]): boolean {
  if (method !== "GET") return false;
  const path = url.split("?")[0] ?? "";
  return isPublicViewPath(path) && !NEXT_REQUEST_HEADERS.some((name) => headers[name] !== undefined);
}

/**
 * Answers a cacheable request from the store (true), or lets it through to Next with the response
 * recorded on the way out (false). Call only when isCacheablePageRequest holds.
 */
export function serveOrRecordPage(req: IncomingMessage, res: ServerResponse): boolean {
  const key = req.url ?? "/";
  const entry = store.entries.get(key);
  if (entry && Date.now() - entry.at < MAX_AGE_MS) {
    store.entries.delete(key);
    store.entries.set(key, entry); // most recently used last
    replay(entry, req, res);
    return true;
  }
  if (entry) forget(key, entry);
  record(key, req, res);
  return false;
}

/**
 * next-intl remembers the locale of the page asked for (NEXT_LOCALE, for the "/" redirect) when the
 * request's cookie says otherwise; a replayed page does the same.
 */
const localeCookie = (locale: string) => `NEXT_LOCALE=${locale}; Path=/; SameSite=lax`;
const pathLocale = (url: string) => url.split("/")[1] ?? "";

function cookieLocale(header: string | undefined): string | undefined {
  return /(?:^|;\s*)NEXT_LOCALE=([^;]*)/.exec(header ?? "")?.[1];
}

function replay(entry: Entry, req: IncomingMessage, res: ServerResponse): void {
  const nonce = newNonce();
  res.statusCode = entry.status;
  const locale = pathLocale(req.url ?? "/");
  if (cookieLocale(req.headers.cookie) !== locale) res.setHeader("Set-Cookie", localeCookie(locale));
  for (const [name, value] of entry.headers)
    if (value !== undefined)
      res.setHeader(name, name === "content-security-policy" ? withNonce(String(value), nonce) : value);
  const body = joinWith(entry.parts, Buffer.from(nonce, "utf8"));
  if (!/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    res.setHeader("Content-Length", body.length);
    res.end(body);
    return;
  }
  gzip(body, (error, zipped) => {
    if (error) {
      res.setHeader("Content-Length", body.length);
      res.end(body);
      return;
    }
    res.setHeader("Content-Encoding", "gzip");
    if (!/accept-encoding/i.test(String(res.getHeader("vary") ?? "")))
      res.setHeader("Vary", [res.getHeader("vary"), "Accept-Encoding"].filter(Boolean).join(", "));
    res.setHeader("Content-Length", zipped.length);
    res.end(zipped);
  });
}

const withNonce = (csp: string, nonce: string) => csp.replace(NONCE_IN_CSP, `'nonce-${nonce}'`);

/** Lets Next answer, keeping a copy of a plain 200 page (its nonce taken out) for the next request. */
function record(key: string, req: IncomingMessage, res: ServerResponse): void {
  const generation = store.generation;
  // Next still compresses this answer for the client; the stored copy is decoded (decodedBody) so it can take a new nonce.
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) tooLarge = true;
    else chunks.push(buffer);
  };
  res.write = function recordingWrite(chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  } as ServerResponse["write"];
  res.end = function recordingEnd(chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    const result = end(chunk, ...rest);
    if (!tooLarge && generation === store.generation) {
      const body = decodedBody(res, Buffer.concat(chunks));
      if (body) store_(key, res, body);
    }
    return result;
  } as ServerResponse["end"];
}

/** The page as rendered, whatever encoding Next sent it in (gzip, deflate or none); null for any other. */
function decodedBody(res: ServerResponse, sent: Buffer): Buffer | null {
  const encoding = String(res.getHeader("content-encoding") ?? "identity");
  try {
    if (encoding === "identity") return sent;
    if (encoding === "gzip") return gunzipSync(sent);
    if (encoding === "deflate") return inflateSync(sent);
  } catch {
    return null;
  }
  return null;
}

function store_(key: string, res: ServerResponse, body: Buffer): void {
  if (res.statusCode !== 200) return;
  // No cookie but the locale's, which replay() sets as next-intl would.
  const cookies = [res.getHeader("set-cookie") ?? []].flat().map(String);
  if (cookies.some((cookie) => cookie !== localeCookie(pathLocale(key)))) return;
  if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return;
  const nonce = NONCE_IN_CSP.exec(String(res.getHeader("content-security-policy") ?? ""))?.[1];
  if (!nonce) return;
  const headers = Object.entries(res.getHeaders()).filter(([name]) => !PER_RESPONSE_HEADERS.has(name));
  const entry: Entry = {
    status: 200,
    headers,
    parts: splitAt(body, Buffer.from(nonce, "utf8")),
    bytes: body.length,
    at: Date.now(),
  };
  const previous = store.entries.get(key);
  if (previous) forget(key, previous);
  store.entries.set(key, entry);
  store.bytes += entry.bytes;
  for (const [oldest, old] of store.entries) {
    if (store.bytes <= MAX_TOTAL_BYTES) break;
    forget(oldest, old);
  }
}

function forget(key: string, entry: Entry): void {
  store.entries.delete(key);
  store.bytes -= entry.bytes;
}

function splitAt(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator); at >= 0; at = body.indexOf(separator, from)) {
    parts.push(body.subarray(from, at));
    from = at + separator.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

function joinWith(parts: Buffer[], separator: Buffer): Buffer {
  return Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [part] : [separator, part])));
}
