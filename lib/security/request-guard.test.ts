import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { trustedProxies, type HeaderBag } from "../request/forwarded";
import {
  ACTION_BODY_LIMIT,
  actionRefusal,
  markReadGate,
  parserRefusal,
  READ_GATE_HEADER,
  refusal,
  renderedUrl,
  settleForwarding,
} from "./request-guard";

describe("refusal", () => {
  it("answers 405 with Allow for methods the app does not serve", () => {
    for (const method of ["TRACE", "CONNECT", "PROPFIND", "TRACK"]) {
      const problem = refusal(method, "/en", "localhost");
      expect(problem?.status).toBe(405);
      expect(problem?.headers?.Allow).toContain("GET");
    }
    expect(refusal("GET", "/en", "localhost")).toBeNull();
    expect(refusal("OPTIONS", "/api/models", "localhost")).toBeNull();
  });
  it("answers 400 for a path that does not percent-decode", () => {
    for (const url of ["/en/%FF", "/en/%", "/%E0%A4%A", "/en/models/%C0%AF"])
      expect(refusal("GET", url, "localhost")?.status, url).toBe(400);
    expect(refusal("GET", "/en/models/%E6%A8%A1%E5%9E%8B", "localhost")).toBeNull();
    // Control characters, which URL parsing drops (/en/%09 would be the cached Summary).
    for (const url of ["/en/%09", "/en/%09?q=1", "/en%0a", "/%0d%0a/en", "/en/%00", "/en/%7f"])
      expect(refusal("GET", url, "localhost")?.slug, url).toBe("malformed-path");
    // The query is the views' business: they ignore what does not parse, with a notice.
    expect(refusal("GET", "/en/models?q=%FF", "localhost")).toBeNull();
  });
  it("answers 400 for a malformed Host, and lets a request without one through", () => {
    expect(refusal("GET", "/en", "a b")?.slug).toBe("malformed-host");
    expect(refusal("GET", "/en", undefined)).toBeNull();
  });
});

describe("actionRefusal", () => {
  const id = "6043faf165b6b0c03dfc7cf6a591735d6b68694628";
  const post = (headers: Record<string, string>) =>
    actionRefusal("POST", {
      host: "lens.example",
      origin: "https://lens.example",
      "next-action": id,
      "content-type": "text/plain;charset=UTF-8",
      "content-length": "20",
      ...headers,
    });
  it("lets a server action posted from this site through, and anything without Next-Action", () => {
    expect(post({})).toBeNull();
    expect(post({ "content-type": "multipart/form-data; boundary=x" })).toBeNull();
    expect(actionRefusal("POST", { host: "lens.example", "content-type": "text/plain" })).toBeNull();
    expect(actionRefusal("GET", { host: "lens.example", "next-action": id })).toBeNull();
  });
  it("answers 4xx where Next would answer 500", () => {
    expect(post({ origin: "https://evil.example" })?.status).toBe(403);
    expect(post({ origin: "" })?.status).toBe(403);
    expect(post({ origin: "null" })?.status).toBe(403);
    expect(post({ "next-action": "zzz" })?.status).toBe(400);
    expect(post({ "content-length": String(ACTION_BODY_LIMIT + 1) })?.status).toBe(413);
    expect(post({ "content-type": "application/json" })?.status).toBe(415);
  });
});

describe("markReadGate", () => {
  const marked = (url: string, gated: boolean, headers: HeaderBag = {}) => {
    markReadGate(headers, url, gated);
    return headers[READ_GATE_HEADER];
  };
  it("marks the Summary, and only the Summary, when reading needs a session", () => {
    expect(marked("/zh", true)).toBe("1");
    expect(marked("/en?_rsc=abc12", true)).toBe("1");
    expect(marked("/en/models", true)).toBeUndefined();
    expect(marked("/english", true)).toBeUndefined();
  });
  it("never lets the client set or keep the mark", () => {
    expect(marked("/zh", false, { [READ_GATE_HEADER]: "1" })).toBeUndefined();
    expect(marked("/en/models", true, { [READ_GATE_HEADER]: "1" })).toBeUndefined();
  });
  it("is the header the proxy's matcher runs the Summary on (the matcher must be a literal there)", () => {
    const proxy = readFileSync(path.resolve(import.meta.dirname, "../../proxy.ts"), "utf8");
    expect(proxy).toContain(`{ source: "/:locale(zh|en)", has: [{ type: "header", key: "${READ_GATE_HEADER}" }] }`);
  });
});

describe("renderedUrl", () => {
  it("renders the Summary without the query it does not read", () => {
    expect(renderedUrl("/en?poison=1&x=2")).toBe("/en");
    expect(renderedUrl("/zh?")).toBe("/zh");
    expect(renderedUrl("/en?_rsc=abc12&poison=1", true)).toBe("/en?_rsc=abc12");
    // A page request (no RSC header) carrying _rsc gets no query at all.
    expect(renderedUrl("/en?_rsc=poison&q=1")).toBe("/en");
    expect(renderedUrl("/zh?_rsc=abc12")).toBe("/zh");
  });
  it("leaves every other URL as it came", () => {
    expect(renderedUrl("/en/models?region=CN")).toBe("/en/models?region=CN");
    expect(renderedUrl("/en")).toBe("/en");
    expect(renderedUrl("/english?x=1")).toBe("/english?x=1");
  });
});

describe("settleForwarding", () => {
  it("drops forwarded headers from an untrusted peer, so the connection's own values apply", () => {
    const headers: Record<string, string | undefined> = {
      host: "localhost:3000",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "1.2.3.4",
      forwarded: "for=1.2.3.4",
    };
    expect(settleForwarding(headers, "127.0.0.1", false, trustedProxies(undefined))).toBe(false);
    expect(headers).toEqual({ host: "localhost:3000" });
  });
  it("keeps what a trusted proxy says, reduced to one believed value each, and reports https", () => {
    const headers: Record<string, string | undefined> = {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "lens.example.com",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "203.0.113.7, 10.0.0.2",
    };
    expect(settleForwarding(headers, "10.0.0.2", false, trustedProxies("10.0.0.2"))).toBe(true);
    expect(headers).toEqual({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "lens.example.com",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "203.0.113.7",
    });
  });
  it("counts a TLS connection as https", () => {
    expect(settleForwarding({}, "127.0.0.1", true, trustedProxies(undefined))).toBe(true);
  });
});

describe("parserRefusal", () => {
  it("answers what Node's parser refused (400, or 431 for oversized headers) with the security headers", () => {
    const response = parserRefusal("HPE_INVALID_METHOD");
    expect(response).toMatch(/^HTTP\/1\.1 400 Malformed request\r\n/);
    expect(response).toContain("X-Content-Type-Options: nosniff\r\n");
    expect(response).toContain("Cross-Origin-Resource-Policy: same-origin\r\n");
    expect(response).toContain("Content-Type: application/problem+json\r\n");
    const body = response.slice(response.indexOf("\r\n\r\n") + 4);
    expect(response).toContain(`Content-Length: ${Buffer.byteLength(body)}\r\n`);
    expect(JSON.parse(body)).toMatchObject({ status: 400 });
    expect(parserRefusal("HPE_HEADER_OVERFLOW")).toMatch(/^HTTP\/1\.1 431 /);
  });
});
