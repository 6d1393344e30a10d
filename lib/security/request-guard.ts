import { IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";

import { authConfig } from "../auth/config";
import { logSecurityEvent } from "../auth/security-log";
import { isCacheablePageRequest, serveOrRecordPage } from "../cache/page-responses";
import { believedForwarding, isValidHost, trustedProxies, type HeaderBag } from "../request/forwarded";
import { isSameOrigin } from "../request/same-origin";
import { bodyRefusal, encodingRefusal } from "./action-body";
import { API_CSP, STATIC_SECURITY_HEADERS } from "./headers";

/**
 * The server's front door: runs on every request before Next.js sees it (installed from
 * instrumentation.ts), for what Next would otherwise answer with a bare 500 or get wrong:
 * - 405 for methods the app does not serve (Next's proxy cannot even construct a TRACE request);
 * - 400 for a path that does not percent-decode (/en/%FF, /en/%) or a malformed Host;
 * - forwarded headers kept only from a TRUSTED_PROXY (lib/request/forwarded.ts);
 * - the Summary (/zh, /en) rendered and cached without the query string, which it does not read:
 *   otherwise the first requester's query is baked into the cached page everyone gets;
 * - HSTS on responses to requests that came over https (directly or via a trusted proxy);
 * - the Summary marked for the proxy only when reading needs a session (markReadGate);
 * - a public view's page asked for again answered from lib/cache/page-responses.ts, with a fresh nonce.
 */

export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export const HSTS = "max-age=31536000";
const SUMMARY_PATH = /^\/(zh|en)$/;
// Next's RSC requests carry a cache-busting _rsc parameter it checks; it must survive.
const NEXT_RSC_PARAM = "_rsc";

export type Refusal = {
  status: 400 | 403 | 405 | 413 | 415;
  slug: string;
  title: string;
  detail: string;
  headers?: Record<string, string>;
};

/** Why a request is refused before routing, or null when it may go on. */
export function refusal(method: string, url: string, host: string | undefined): Refusal | null {
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return {
      status: 405,
      slug: "method-not-allowed",
      title: "Method not allowed",
      detail: `This server answers ${ALLOWED_METHODS.join(", ")}.`,
      headers: { Allow: ALLOWED_METHODS.join(", ") },
    };
  }
  const path = url.split("?")[0] ?? "";
  let decoded: string | null = null;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // refused below
  }
  // A control character in a path (/en/%09) is no path of this app; URL parsing would drop it
  // and reach another page (the cached Summary) under a spelling nothing else expects.
  if (decoded === null || /[\u0000-\u001f\u007f]/.test(decoded)) {
    return {
      status: 400,
      slug: "malformed-path",
      title: "Malformed path",
      detail: "The path is not valid percent-encoded UTF-8, or holds a control character.",
    };
  }
  if (host !== undefined && !isValidHost(host)) {
    return {
      status: 400,
      slug: "malformed-host",
      title: "Malformed Host",
      detail: "The Host header is not a host name or address.",
    };
  }
  return null;
}

/** Next's limit for a server action's body (serverActions.bodySizeLimit, 1 MB by default). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
const ACTION_ID = /^[0-9a-f]{40,64}$/i;
const ACTION_TYPES = new Set(["text/plain", "multipart/form-data", "application/x-www-form-urlencoded"]);

/**
 * A server action post (Next-Action header) that Next would fail on with a bare 500: another
 * site's (Origin missing or not this host), over the body limit by Content-Length, with an id that
 * is no action id, or a body type no action reads. Our actions check the Origin and session again.
 */
export function actionRefusal(method: string, headers: HeaderBag): Refusal | null {
  const action = headers["next-action"];
  if (method !== "POST" || action === undefined) return null;
  const origin = typeof headers.origin === "string" ? headers.origin : null;
  const host = headers["x-forwarded-host"] ?? headers.host;
  if (!isSameOrigin(origin, typeof host === "string" ? host : null)) {
    return {
      status: 403,
      slug: "bad-origin",
      title: "Forbidden",
      detail: "Server actions are posted from this site's own pages.",
    };
  }
  if (typeof action !== "string" || !ACTION_ID.test(action)) {
    return { status: 400, slug: "malformed-action", title: "Malformed action", detail: "No such server action." };
  }
  if (Number(headers["content-length"] ?? 0) > ACTION_BODY_LIMIT) {
    return {
      status: 413,
      slug: "too-large",
      title: "Body too large",
      detail: `A form post may be at most ${ACTION_BODY_LIMIT} bytes.`,
    };
  }
  const encoding = encodingRefusal(headers["content-encoding"]);
  if (encoding) return encoding;
  const type =
    String(headers["content-type"] ?? "")
      .split(";")[0]
      ?.trim()
      .toLowerCase() ?? "";
  if (!ACTION_TYPES.has(type)) {
    return {
      status: 415,
      slug: "unsupported-media-type",
      title: "Unsupported media type",
      detail: "Post the form as the page does.",
    };
  }
  return null;
}

/**
 * The URL Next should render: the Summary's without its query, any other as it came. Next's own
 * _rsc survives on its RSC requests only (`RSC: 1`); on a plain page request it is one more query
 * a first requester could bake into the cached page.
 */
export function renderedUrl(url: string, rscRequest = false): string {
  const [path = "", query] = splitOnce(url, "?");
  if (query === undefined || !SUMMARY_PATH.test(path)) return url;
  const rsc = rscRequest ? new URLSearchParams(query).get(NEXT_RSC_PARAM) : null;
  return rsc === null ? path : `${path}?${new URLSearchParams({ [NEXT_RSC_PARAM]: rsc })}`;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/**
 * Set on Summary requests when READ_REQUIRES_SIGN_IN is on: the proxy's matcher (proxy.ts) runs the
 * read gate on the Summary only then. Otherwise a cached Summary hit skips the proxy, whose run costs
 * about as much as the hit itself. Only the door sets it: a client's own is always dropped.
 */
export const READ_GATE_HEADER = "x-capex-lens-read-gate";

export function markReadGate(headers: HeaderBag, url: string, readRequiresSignIn: boolean): void {
  delete headers[READ_GATE_HEADER];
  if (readRequiresSignIn && SUMMARY_PATH.test(splitOnce(url, "?")[0])) headers[READ_GATE_HEADER] = "1";
}

/** Rewrites the forwarded headers to what is believed (see forwarded.ts); returns whether the request came over https. */
export function settleForwarding(
  headers: HeaderBag,
  peer: string,
  encrypted: boolean,
  isTrusted: (address: string) => boolean,
): boolean {
  const believed = believedForwarding(peer, headers, isTrusted);
  for (const name of [
    "x-forwarded-host",
    "x-forwarded-proto",
    "x-forwarded-for",
    "x-forwarded-port",
    "forwarded",
    "x-real-ip",
  ])
    delete headers[name];
  if (believed.host) headers["x-forwarded-host"] = believed.host;
  if (believed.proto) headers["x-forwarded-proto"] = believed.proto;
  if (believed.for) headers["x-forwarded-for"] = believed.for;
  return believed.proto ? believed.proto === "https" : encrypted;
}

function problemBody(problem: Pick<Refusal, "slug" | "title" | "status" | "detail">): string {
  return JSON.stringify({
    type: `urn:ai-capex-lens:problem:${problem.slug}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
  });
}

function problemHeaders(body: string): Record<string, string | number> {
  return {
    ...STATIC_SECURITY_HEADERS,
    "Content-Security-Policy": API_CSP,
    "Content-Type": "application/problem+json",
    "Cache-Control": "no-store",
    "Content-Length": Buffer.byteLength(body),
  };
}

function answer(res: ServerResponse, problem: Refusal, method: string): void {
  const body = problemBody(problem);
  res.writeHead(problem.status, { ...problemHeaders(body), ...problem.headers });
  res.end(method === "HEAD" ? undefined : body);
}

/**
 * What Node's HTTP parser refuses before any handler runs (a method it does not know, such as
 * TRACK; headers over its size limit; garbage): the same answer Node would give, 400 or 431, but
 * with the security headers and a problem body.
 */
export function parserRefusal(errorCode: string | undefined): string {
  const [status, slug, title] =
    errorCode === "HPE_HEADER_OVERFLOW"
      ? [431, "headers-too-large", "Request header fields too large"]
      : [400, "malformed-request", "Malformed request"];
  const body = problemBody({
    slug,
    title,
    status: status as 400,
    detail: "The server could not read this HTTP request.",
  });
  const headers = Object.entries({ ...problemHeaders(body), Connection: "close" })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  return `HTTP/1.1 ${status} ${title}\r\n${headers}\r\n${body}`;
}

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(parserRefusal(error.code));
}

/** Handles one request at the door: true when it has been answered here. */
export function guardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  isTrusted: (address: string) => boolean,
  readRequiresSignIn: boolean,
): boolean {
  const method = req.method ?? "GET";
  const problem = refusal(method, req.url ?? "/", req.headers.host);
  const https = settleForwarding(
    req.headers,
    req.socket?.remoteAddress ?? "",
    (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true,
    isTrusted,
  );
  if (https) res.setHeader("Strict-Transport-Security", HSTS);
  const refused = problem ?? actionRefusal(method, req.headers);
  if (refused) {
    if (!problem) logActionRefusal(req, refused.slug);
    answer(res, refused, method);
    return true;
  }
  req.url = renderedUrl(req.url ?? "/", req.headers.rsc === "1");
  markReadGate(req.headers, req.url, readRequiresSignIn);
  // With reading behind sign-in every page goes through the read gate (proxy.ts), so none is kept here.
  if (!readRequiresSignIn && isCacheablePageRequest(method, req.url, req.headers)) return serveOrRecordPage(req, res);
  return false;
}

const isActionPost = (method: string, headers: HeaderBag) => method === "POST" && headers["next-action"] !== undefined;

const TOO_LARGE: Refusal = {
  status: 413,
  slug: "too-large",
  title: "Body too large",
  detail: `A form post may be at most ${ACTION_BODY_LIMIT} bytes.`,
};

/**
 * A server action post that passed the headers' checks: its body is read here (counted as it comes,
 * so a chunked one over the limit is cut off with 413), checked for what Next cannot decode (400),
 * and handed on as a request of its own with that body and its Content-Length. Null when answered.
 */
async function readActionPost(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let refused: Refusal | null = null;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > ACTION_BODY_LIMIT) {
        refused = TOO_LARGE;
        break;
      }
      chunks.push(chunk);
    }
  } catch {
    return null; // the client went away mid-body: nobody to answer
  }
  const body = Buffer.concat(chunks);
  // A check that fails on its own must not leave the request unanswered: the body goes on to Next.
  refused ??= await bodyRefusal(String(req.headers["content-type"] ?? ""), body).catch((error: unknown) => {
    console.error("request-guard: an action body could not be checked", error);
    return null;
  });
  if (refused) {
    logActionRefusal(req, refused.slug);
    // The rest of an oversized body is not read: the connection closes after the answer.
    if (size > ACTION_BODY_LIMIT) res.setHeader("Connection", "close");
    answer(res, refused, "POST");
    return null;
  }
  return replayedRequest(req, body);
}

/** The same request with its body already read: what Next reads instead of the socket. */
function replayedRequest(req: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(req.socket as Socket);
  replay.method = req.method;
  replay.url = req.url;
  replay.httpVersionMajor = req.httpVersionMajor;
  replay.httpVersionMinor = req.httpVersionMinor;
  replay.httpVersion = req.httpVersion;
  const headers = { ...req.headers, "content-length": String(body.length) };
  delete headers["transfer-encoding"];
  replay.headers = headers;
  replay.rawHeaders = Object.entries(headers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value ?? ""]).flatMap((one) => [name, one]),
  );
  replay.push(body);
  replay.push(null);
  replay.complete = true;
  return replay;
}

function logActionRefusal(req: IncomingMessage, slug: string): void {
  logSecurityEvent(slug === "bad-origin" ? "origin-refused" : "authorization-failure", {
    who: "-",
    what: `server-action ${req.url ?? "/"} origin=${req.headers.origin ?? "none"}`,
    // Settled by now: the believed client address, else the peer's.
    address: String(req.headers["x-forwarded-for"] ?? req.socket?.remoteAddress ?? "unknown"),
    outcome: "refused",
    reason: slug,
  });
}

const INSTALLED = Symbol.for("ai-capex-lens.request-guard");

/**
 * Puts the guard in front of every HTTP server in this process (`next start` creates one). It
 * wraps Server#emit for "request" events, the one hook that runs before Next's own handler, and
 * answers "clientError" events (requests Node's parser refused) itself.
 */
export async function installRequestGuard(env: Record<string, string | undefined> = process.env): Promise<void> {
  const http = await import("node:http");
  const server = http.Server.prototype as unknown as Record<symbol | string, unknown> & {
    emit: (...args: unknown[]) => boolean;
  };
  if (server[INSTALLED]) return;
  server[INSTALLED] = true;
  const isTrusted = trustedProxies(env.TRUSTED_PROXY);
  const { readRequiresSignIn } = authConfig(env);
  const emit = server.emit;
  server.emit = function guardedEmit(this: unknown, event: unknown, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      if (guardRequest(req, res, isTrusted, readRequiresSignIn)) return true;
      if (isActionPost(req.method ?? "GET", req.headers)) {
        void readActionPost(req, res).then((replay) => replay && emit.call(this, "request", replay, res));
        return true;
      }
    }
    if (event === "clientError") {
      answerClientError(args[0] as NodeJS.ErrnoException, args[1] as Duplex);
      return true;
    }
    return emit.call(this, event, ...args);
  };
}
