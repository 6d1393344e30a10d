import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { revalidateCachedViews } from "../cache/cached-views";
import { apiRoute, MAX_BODY_BYTES, readJsonBody, requiredVersion } from "./handler";

// Next's revalidatePath needs a request scope; here only whether the chain asks for it matters.
vi.mock("../cache/cached-views", () => ({ revalidateCachedViews: vi.fn() }));

const noParams = { params: Promise.resolve({}) };
const echo = apiRoute({ write: true }, async ({ request, actor }) => Response.json({ actor, body: await readJsonBody(request, z.strictObject({ n: z.number() })) }));

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://test/api/x", { method: "POST", body, headers: { "content-type": "application/json", authorization: "Bearer tok", ...headers } });
}

describe("apiRoute", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.ADMIN_TOKEN = "tok";
    delete process.env.ADMIN_TOKENS;
  });
  afterEach(() => {
    process.env = { ...saved };
    vi.mocked(revalidateCachedViews).mockClear();
  });

  it("runs a write for an editor and passes the token's label", async () => {
    const response = await echo(post('{"n":1}'), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ actor: "admin", body: { n: 1 } });
  });

  it("revalidates the cached views after a successful write only", async () => {
    expect((await echo(post('{"n":"bad"}'), noParams)).status).toBe(422);
    expect((await echo(post('{"n":1}', { authorization: "Bearer wrong" }), noParams)).status).toBe(403);
    const read = apiRoute({ write: false }, async () => Response.json({}));
    expect((await read(new Request("http://test/api/x"), noParams)).status).toBe(200);
    expect(revalidateCachedViews).not.toHaveBeenCalled();
    expect((await echo(post('{"n":1}'), noParams)).status).toBe(200);
    expect(revalidateCachedViews).toHaveBeenCalledTimes(1);
  });

  it("says writes are disabled (403) when no ADMIN_TOKEN is configured, and still serves reads", async () => {
    delete process.env.ADMIN_TOKEN;
    const response = await echo(post('{"n":1}'), noParams);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ type: "urn:ai-capex-lens:problem:writes-disabled", detail: expect.stringContaining("ADMIN_TOKEN") });
    const read = apiRoute({ write: false }, async ({ actor }) => Response.json({ actor }));
    expect((await read(new Request("http://test/api/x"), noParams)).status).toBe(200);
  });

  it("checks the token before reading the body", async () => {
    const response = await echo(post("x".repeat(MAX_BODY_BYTES + 1), { authorization: "Bearer wrong" }), noParams);
    expect(response.status).toBe(403);
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
    const textBody = apiRoute({ write: true }, async ({ request }) => Response.json(await readJsonBody(request, z.object({ name: z.string() }).passthrough())));
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
  const withIfMatch = (value?: string) => new Request("http://test", { headers: value === undefined ? {} : { "if-match": value } });

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
