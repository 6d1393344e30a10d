import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { clearPageResponses, isCacheablePageRequest, serveOrRecordPage } from "./page-responses";

// A stand-in for Next behind the door: each render has its own nonce, in the CSP and on its scripts.
let renders = 0;
let status = 200;
let extraCookie: string | null = null;
let beforeEnd: (() => void) | null = null;
/** Next compresses for a client that accepts gzip: the stand-in can too. */
let compresses = false;

function render(req: IncomingMessage, res: ServerResponse) {
  renders += 1;
  const nonce = `n0nce${renders}AAAAAAAAAAAAAAA==`;
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  res.setHeader("Cache-Control", "private, no-cache");
  const locale = req.url!.split("/")[1];
  if (!/NEXT_LOCALE=/.test(req.headers.cookie ?? ""))
    res.setHeader("Set-Cookie", [`NEXT_LOCALE=${locale}; Path=/; SameSite=lax`, ...(extraCookie ? [extraCookie] : [])]);
  const html = [`<html><script nonce="${nonce}">a()</script>`, `<p>${req.url} render ${renders}</p>`];
  const tail = `<script nonce="${nonce}">b()</script></html>`;
  if (compresses && /gzip/.test(String(req.headers["accept-encoding"] ?? ""))) {
    res.setHeader("Content-Encoding", "gzip");
    beforeEnd?.();
    res.end(gzipSync(html.join("") + tail));
    return;
  }
  res.write(html[0]);
  res.write(Buffer.from(html[1]!));
  beforeEnd?.();
  res.end(tail);
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (isCacheablePageRequest(req.method ?? "GET", req.url ?? "/", req.headers) && serveOrRecordPage(req, res)) return;
    render(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  clearPageResponses();
  renders = 0;
  status = 200;
  extraCookie = null;
  beforeEnd = null;
  compresses = false;
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });
const nonceOf = (response: Response) =>
  /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

describe("page responses at the door", () => {
  it("answers a public view asked for again without rendering it, each time with a fresh nonce", async () => {
    const first = await get("/en/capex?preset=guidance&aapl=10");
    const firstBody = await first.text();
    const again = await get("/en/capex?preset=guidance&aapl=10");
    const againBody = await again.text();
    expect(renders).toBe(1);
    const [n1, n2] = [nonceOf(first), nonceOf(again)];
    expect(n1).toBeTruthy();
    expect(n2).toBeTruthy();
    expect(n2).not.toBe(n1);
    expect(againBody).not.toContain(n1!);
    expect(againBody.split(`nonce="${n2}"`)).toHaveLength(3);
    expect(againBody.split(n2!).join("N")).toBe(firstBody.split(n1!).join("N"));
    expect(again.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("keys by the exact path and query, so another link (or its notices) is rendered for itself", async () => {
    await (await get("/en/models?q=a")).text();
    await (await get("/en/models?q=b")).text();
    await (await get("/zh/models?q=a")).text();
    expect(renders).toBe(3);
    expect(await (await get("/en/models?q=b")).text()).toContain("/en/models?q=b render 2");
  });

  it("renders afresh after a write", async () => {
    await (await get("/en/training")).text();
    clearPageResponses();
    expect(await (await get("/en/training")).text()).toContain("render 2");
  });

  it("does not keep a page whose render began before a write", async () => {
    beforeEnd = clearPageResponses;
    await (await get("/en/training")).text();
    beforeEnd = null;
    await (await get("/en/training")).text();
    expect(renders).toBe(2);
  });

  it("keeps only plain 200 pages without cookies but the locale's", async () => {
    status = 404;
    await (await get("/en/models/no-such-model")).text();
    await (await get("/en/models/no-such-model")).text();
    expect(renders).toBe(2);
    status = 200;
    extraCookie = "other=1; Path=/";
    await (await get("/en/training")).text();
    await (await get("/en/training")).text();
    expect(renders).toBe(4);
  });

  it("sets the locale cookie on a hit as next-intl does: only when the request's says otherwise", async () => {
    await (await get("/zh/training")).text();
    const without = await get("/zh/training");
    expect(without.headers.get("set-cookie")).toBe("NEXT_LOCALE=zh; Path=/; SameSite=lax");
    const same = await get("/zh/training", { cookie: "NEXT_LOCALE=zh" });
    expect(same.headers.get("set-cookie")).toBeNull();
    const other = await get("/zh/training", { cookie: "a=1; NEXT_LOCALE=en" });
    expect(other.headers.get("set-cookie")).toBe("NEXT_LOCALE=zh; Path=/; SameSite=lax");
    expect(renders).toBe(1);
  });

  it("compresses a hit for a client that accepts gzip", async () => {
    await (await get("/en/training")).text();
    const response = await fetch(base + "/en/training", { headers: { "accept-encoding": "gzip" } });
    // fetch decodes gzip itself; the header says it was sent compressed.
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(await response.text()).toContain("render 1");
    expect(renders).toBe(1);
  });

  it("keeps a page Next sent gzipped (the first visit stays compressed) and replays it with a fresh nonce", async () => {
    compresses = true;
    const first = await fetch(base + "/zh/capex", { headers: { "accept-encoding": "gzip" } });
    expect(first.headers.get("content-encoding")).toBe("gzip");
    const firstBody = await first.text();
    const again = await fetch(base + "/zh/capex", { headers: { "accept-encoding": "identity" } });
    const againBody = await again.text();
    expect(renders).toBe(1);
    expect(again.headers.get("content-encoding")).toBeNull();
    const [n1, n2] = [nonceOf(first)!, nonceOf(again)!];
    expect(n2).not.toBe(n1);
    expect(againBody.split(n2).join("N")).toBe(firstBody.split(n1).join("N"));
  });

  it("leaves other pages, methods and Next's own requests to Next", () => {
    expect(isCacheablePageRequest("GET", "/en/capex?preset=guidance", {})).toBe(true);
    expect(isCacheablePageRequest("GET", "/en/models/deepseek-v3", {})).toBe(true);
    expect(isCacheablePageRequest("GET", "/en/training", { rsc: "1" })).toBe(false);
    expect(isCacheablePageRequest("GET", "/en/capex", { "next-router-prefetch": "1" })).toBe(false);
    expect(isCacheablePageRequest("POST", "/en/capex", {})).toBe(false);
    expect(isCacheablePageRequest("HEAD", "/en/capex", {})).toBe(false);
    for (const path of ["/en", "/en/admin", "/en/sign-in", "/en/s/abc", "/api/models", "/en/models/a/b", "/fr/capex"])
      expect(isCacheablePageRequest("GET", path, {}), path).toBe(false);
  });
});
