import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { revalidateCachedViews } from "../cache/cached-views";
import { apiRoute, MAX_BODY_BYTES, MAX_JSON_DEPTH, readJsonBody, requiredVersion } from "./handler";

// Next's revalidatePath needs a request scope; here only whether the chain asks for it matters.
vi.mock("../cache/cached-views", () => ({ revalidateCachedViews: vi.fn() }));

const noParams = { params: Promise.resolve({}) };
const TOKEN = "unit-test-bootstrap-token-0123456789";
const echo = apiRoute({ write: true }, async ({ request, actor }) =>
  Response.json({ actor, body: await readJsonBody(request, z.strictObject({ n: z.number() })) }),
);

// No proxy runs here: X-Forwarded-For stands for the socket address `next start` would write.
function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://test/api/x", {
    method: "POST",
    body,
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${TOKEN}`,
      "x-forwarded-for": "10.9.0.1",
      ...headers,
    },
  });
}

describe("apiRoute", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.ADMIN_TOKEN = TOKEN;
    delete process.env.ADMIN_TOKENS;
    delete process.env.READ_REQUIRES_SIGN_IN;
  });
  afterEach(() => {
    process.env = { ...saved };
    vi.mocked(revalidateCachedViews).mockClear();
  });

  it("runs a write for a bootstrap token and passes who, how and from where to the audit", async () => {
    const response = await echo(post('{"n":1}'), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      actor: { name: "admin", kind: "token", channel: "api", address: "10.9.0.1" },
      body: { n: 1 },
    });
  });

  it("names the import channel on the import route", async () => {
    const importing = apiRoute({ write: true, channel: "import" }, async ({ actor }) => Response.json(actor));
    expect(await (await importing(post("{}"), noParams)).json()).toMatchObject({ channel: "import" });
  });

  it("revalidates the cached views after a successful write only", async () => {
    expect((await echo(post('{"n":"bad"}'), noParams)).status).toBe(422);
    expect(
      (await echo(post('{"n":1}', { authorization: "Bearer wrong", "x-forwarded-for": "10.9.0.2" }), noParams)).status,
    ).toBe(401);
    const read = apiRoute({ write: false }, async () => Response.json({}));
    expect((await read(new Request("http://test/api/x"), noParams)).status).toBe(200);
    expect(revalidateCachedViews).not.toHaveBeenCalled();
    expect((await echo(post('{"n":1}'), noParams)).status).toBe(200);
    expect(revalidateCachedViews).toHaveBeenCalledTimes(1);
  });

  it("refuses a missing token and a wrong one with 401 problems", async () => {
    const missing = await echo(post('{"n":1}', { authorization: "" }), noParams);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ type: "urn:ai-capex-lens:problem:missing-token" });
    const wrong = await echo(
      post('{"n":1}', { authorization: "Bearer not-the-token", "x-forwarded-for": "10.9.0.3" }),
      noParams,
    );
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });

  it("throttles wrong tokens from one address with 429 and Retry-After, while other addresses keep working", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const statuses: number[] = [];
    for (let n = 0; n < 14; n++)
      statuses.push(
        (await echo(post('{"n":1}', { authorization: `Bearer guess-${n}`, "x-forwarded-for": "10.9.9.9" }), noParams))
          .status,
      );
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
    const blocked = await echo(post('{"n":1}', { "x-forwarded-for": "10.9.9.9" }), noParams);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await echo(post('{"n":1}', { "x-forwarded-for": "10.9.9.10" }), noParams)).status).toBe(200);
    // One line per failure and per refused attempt, never the token.
    const lines = warn.mock.calls.map((call) => String(call[0]));
    expect(
      lines.filter((line) => line.startsWith("auth failure: channel=bearer reason=invalid-token address=10.9.9.9")),
    ).toHaveLength(11);
    expect(lines.join("\n")).not.toContain("guess-");
    warn.mockRestore();
  });

  it("opens reads to anyone, unless READ_REQUIRES_SIGN_IN asks for a session or a token", async () => {
    const read = apiRoute({ write: false }, async ({ actor }) => Response.json(actor));
    expect((await read(new Request("http://test/api/x"), noParams)).status).toBe(200);
    process.env.READ_REQUIRES_SIGN_IN = "1";
    const refused = await read(new Request("http://test/api/x"), noParams);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ type: "urn:ai-capex-lens:problem:sign-in-required" });
    const withToken = await read(
      new Request("http://test/api/x", {
        headers: { authorization: `Bearer ${TOKEN}`, "x-forwarded-for": "10.9.0.4" },
      }),
      noParams,
    );
    expect(await withToken.json()).toMatchObject({ name: "admin", kind: "token" });
  });

  it("checks the token before reading the body", async () => {
    const response = await echo(
      post("x".repeat(MAX_BODY_BYTES + 1), { authorization: "Bearer wrong", "x-forwarded-for": "10.9.0.5" }),
      noParams,
    );
    expect(response.status).toBe(401);
  });

  it("answers bad bodies with 400, 413, 415 and 422 problems", async () => {
    expect((await echo(post("{"), noParams)).status).toBe(400);
    expect((await echo(post("x".repeat(MAX_BODY_BYTES + 1)), noParams)).status).toBe(413);
    expect((await echo(post("{}", { "content-type": "text/plain" }), noParams)).status).toBe(415);
    const invalid = await echo(post('{"n":"1","m":2}'), noParams);
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
    expect((await invalid.json()).errors).toEqual([
      { field: "n", message: expect.any(String) },
      { field: "m", message: "unknown field" },
    ]);
  });

  it("refuses NUL and lone surrogates in any string, unknown fields and keys included, with 422 field errors", async () => {
    const textBody = apiRoute({ write: true }, async ({ request }) =>
      Response.json(await readJsonBody(request, z.object({ name: z.string() }).passthrough())),
    );
    for (const [body, fields] of [
      ['{"name":"a\\u0000b"}', ["name"]],
      ['{"name":"\\ud800"}', ["name"]],
      ['{"name":"ok","extra":["x","\\udc00y"]}', ["extra.1"]],
      ['{"name":"ok","\\u0000":1}', ["\u0000"]],
    ] as const) {
      const response = await textBody(post(body), noParams);
      expect(response.status, body).toBe(422);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect((await response.json()).errors.map((error: { field: string }) => error.field)).toEqual(fields);
    }
    // A surrogate pair (an emoji) is a character like any other.
    expect((await textBody(post('{"name":"\\ud83d\\ude00"}'), noParams)).status).toBe(200);
  });

  it("answers deeply nested JSON with 400 problem+json, not a 500", async () => {
    const loose = apiRoute({ write: true }, async ({ request }) =>
      Response.json(await readJsonBody(request, z.object({ name: z.string() }).passthrough())),
    );
    for (const depth of [MAX_JSON_DEPTH + 1, 10_000, 100_000]) {
      const body = `{"name":"x","deep":${"[".repeat(depth)}${"]".repeat(depth)}}`;
      const response = await loose(post(body), noParams);
      expect(response.status, `depth ${depth}`).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect((await response.json()).type).toBe("urn:ai-capex-lens:problem:too-deep");
    }
    const fine = `{"name":"x","deep":${"[".repeat(MAX_JSON_DEPTH - 1)}${"]".repeat(MAX_JSON_DEPTH - 1)}}`;
    expect((await loose(post(fine), noParams)).status).toBe(200);
  });

  it("turns an unexpected error into a generic 500 without its message or stack", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = apiRoute({ write: false }, async () => {
      throw new Error("SQLITE secret path /srv/db");
    });
    const response = await broken(new Request("http://test/api/x"), noParams);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret");
    expect(text).not.toContain("at ");
    expect(log).toHaveBeenCalled();
  });
});

describe("requiredVersion", () => {
  const withIfMatch = (value?: string) =>
    new Request("http://test", { headers: value === undefined ? {} : { "if-match": value } });

  it("reads strong, weak and bare versions", () => {
    expect(requiredVersion(withIfMatch('"3"'))).toBe(3);
    expect(requiredVersion(withIfMatch('W/"12"'))).toBe(12);
    expect(requiredVersion(withIfMatch("7"))).toBe(7);
  });

  it("refuses a missing (428) or unreadable (400) If-Match", () => {
    expect(() => requiredVersion(withIfMatch())).toThrow(expect.objectContaining({ status: 428 }));
    expect(() => requiredVersion(withIfMatch("*"))).toThrow(expect.objectContaining({ status: 400 }));
  });
});
