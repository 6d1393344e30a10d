import { expect, test, type APIResponse, type Page } from "@playwright/test";

import { E2E_ALICE_TOKEN, editorHeaders } from "./admin-tokens";

// Everything here reads, or sends writes the server must refuse: no data changes.

async function expectProblem(response: APIResponse, status: number) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({
    status,
    type: expect.stringMatching(/^urn:ai-capex-lens:problem:/),
    title: expect.any(String),
  });
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(js|ts):\d+|node_modules|Error:/);
  return body as { errors?: { field: string; message: string }[]; detail?: string };
}

test.describe("read API", () => {
  test("GET /api/models lists the note's models with their versions", async ({ request }) => {
    const response = await request.get("/api/models");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.count).toBe(body.models.length);
    expect(body.models.map((m: { slug: string }) => m.slug)).toContain("deepseek-r1");
    expect(body.models[0]).toMatchObject({
      slug: expect.any(String),
      version: expect.any(Number),
      inputs: expect.any(Array),
    });
  });

  test("GET /api/models takes the Models view's deep-link filters", async ({ request }) => {
    const cn = await (await request.get("/api/models?region=CN&sort=params&dir=desc")).json();
    expect(cn.count).toBeGreaterThan(0);
    expect(cn.models.every((m: { region: string }) => m.region === "CN")).toBe(true);
    const params = cn.models.map((m: { paramsB: number | null }) => m.paramsB).filter((p: number | null) => p !== null);
    expect(params).toEqual([...params].sort((a: number, b: number) => b - a));
    expect(cn.query).toBe("region=CN&sort=params&dir=desc");
    const search = await (await request.get("/api/models?q=deepseek")).json();
    expect(search.models.map((m: { slug: string }) => m.slug)).toEqual(["deepseek-r1"]);
    const open = await (await request.get("/api/models?access=open&modality=image")).json();
    expect(
      open.models.every(
        (m: { openWeights: boolean; inputs: string[]; outputs: string[] }) =>
          m.openWeights && [...m.inputs, ...m.outputs].includes("image"),
      ),
    ).toBe(true);
  });

  test("GET /api/models answers a filter it cannot use with 400 naming the parameter", async ({ request }) => {
    const problem = await expectProblem(await request.get("/api/models?region=EU&colour=red&company=nobody"), 400);
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(["colour", "company", "region"]);
  });

  test("GET /api/models/<slug> carries the version as ETag; an unknown slug is a 404 problem", async ({ request }) => {
    const response = await request.get("/api/models/deepseek-r1");
    expect(response.status()).toBe(200);
    const model = await response.json();
    expect(response.headers()["etag"]).toBe(`"${model.version}"`);
    expect(model).toMatchObject({ nameEn: "DeepSeek-R1", company: "deepseek", region: "CN" });
    await expectProblem(await request.get("/api/models/no-such-model"), 404);
  });

  test("GET /api/capex and /api/export return the data sets", async ({ request }) => {
    const capex = await (await request.get("/api/capex")).json();
    expect(capex.capexFigures.length).toBe(capex.count);
    expect(
      capex.capexFigures.some(
        (f: { company: string; year: number; kind: string; usdBn: number }) =>
          f.company === "microsoft" && f.year === 2025 && f.kind === "guidance" && f.usdBn === 80,
      ),
    ).toBe(true);
    const figure = capex.capexFigures[0];
    const one = await request.get(`/api/capex/${figure.id}`);
    expect(one.headers()["etag"]).toBe(`"${figure.version}"`);
    await expectProblem(await request.get("/api/capex/0"), 404);
    await expectProblem(await request.get("/api/capex/abc"), 404);

    const exported = await (await request.get("/api/export")).json();
    expect(exported.format).toBe("ai-capex-lens/v2");
    expect(exported.models.length).toBe((await (await request.get("/api/models")).json()).count);
    expect(exported.capexFigures.length).toBe(capex.count);
  });
});

test.describe("write authorisation", () => {
  const body = { paramsB: 1 };

  test("a write without a token, or with a wrong one, is 401 (RFC 6750: invalid_token)", async ({ request }) => {
    const missing = await request.patch("/api/models/o1", { data: body, headers: { "If-Match": '"1"' } });
    await expectProblem(missing, 401);
    expect(missing.headers()["www-authenticate"]).toContain("Bearer");
    const wrong = await request.patch("/api/models/o1", {
      data: body,
      headers: { ...editorHeaders("wrong-token"), "If-Match": '"1"' },
    });
    await expectProblem(wrong, 401);
    expect(wrong.headers()["www-authenticate"]).toContain('error="invalid_token"');
    await expectProblem(await request.post("/api/import", { data: {}, headers: { Authorization: "Basic abc" } }), 401);
    await expectProblem(
      await request.delete("/api/models/o1", { headers: { ...editorHeaders("x"), "If-Match": '"1"' } }),
      401,
    );
    await expectProblem(
      await request.post("/api/capex", { data: {}, headers: { Authorization: `Bearer ${E2E_ALICE_TOKEN}x` } }),
      401,
    );
  });

  test("the audit log is for editors only", async ({ request }) => {
    await expectProblem(await request.get("/api/audit"), 401);
    const response = await request.get("/api/audit?limit=5", { headers: editorHeaders(E2E_ALICE_TOKEN) });
    expect(response.status()).toBe(200);
    expect(Array.isArray((await response.json()).entries)).toBe(true);
    await expectProblem(await request.get("/api/audit?limit=9999", { headers: editorHeaders() }), 400);
  });
});

test.describe("bad input gets a problem, never a 500", () => {
  const validModel = {
    nameZh: "测试",
    nameEn: "Test",
    nameAsPrinted: null,
    company: "openai",
    region: "US",
    paramsB: 10,
    moe: false,
    inputs: ["text"],
    outputs: ["text"],
    openWeights: false,
    released: "2024-12",
    caveatZh: null,
    caveatEn: null,
    source: "test",
  };
  // The schema's refusals, field by field, are unit tests (lib/validations/model.test.ts); here, that the
  // route answers them as a 422 problem naming the field, and one the schema cannot see (the company lookup).
  const malformed: [string, Record<string, unknown>, string][] = [
    ["missing field", { ...validModel, nameEn: undefined }, "nameEn"],
    ["unknown company", { ...validModel, company: "no-such-company" }, "company"],
  ];
  for (const [what, data, field] of malformed) {
    test(`POST /api/models: ${what} → 422 naming ${field}`, async ({ request }) => {
      const problem = await expectProblem(await request.post("/api/models", { data, headers: editorHeaders() }), 422);
      expect(problem.errors?.map((e) => e.field)).toContain(field);
    });
  }

  test("a JSON array, null or a broken document is refused", async ({ request }) => {
    // Buffers go out byte for byte (a string body with a JSON content type would be JSON-encoded again).
    await expectProblem(
      await request.post("/api/models", { data: Buffer.from("[1,2]"), headers: editorHeaders() }),
      422,
    );
    await expectProblem(await request.post("/api/capex", { data: Buffer.from("null"), headers: editorHeaders() }), 422);
    await expectProblem(
      await request.post("/api/models", { data: Buffer.from('{"nameEn": '), headers: editorHeaders() }),
      400,
    );
    await expectProblem(
      await request.post("/api/models", { data: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), headers: editorHeaders() }),
      400,
    );
  });

  test("a capex figure with an inverted range or bad values is 422", async ({ request }) => {
    const data = {
      company: "apple",
      year: 2031,
      kind: "guidance",
      usdBn: null,
      usdBnLow: 20,
      usdBnHigh: 10,
      basis: "FY",
      origin: "statement",
      source: "s",
      saidOn: "2025-13-01",
    };
    const problem = await expectProblem(await request.post("/api/capex", { data, headers: editorHeaders() }), 422);
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(["saidOn", "usdBnHigh"]);
  });

  test("a body over 256 kB is 413, by Content-Length or by the bytes sent", async ({ request, baseURL }) => {
    const big = Buffer.from(JSON.stringify({ nameEn: "x".repeat(300_000) }));
    await expectProblem(await request.post("/api/models", { data: big, headers: editorHeaders() }), 413);
    // Chunked upload without Content-Length: the server counts what it reads.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode("x".repeat(10_000)));
        controller.close();
      },
    });
    const response = await fetch(`${baseURL}/api/models`, {
      method: "POST",
      headers: editorHeaders(),
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  test("a non-JSON content type is 415", async ({ request }) => {
    const headers = { ...editorHeaders(), "Content-Type": "text/plain" };
    await expectProblem(await request.post("/api/models", { data: Buffer.from("{}"), headers }), 415);
    await expectProblem(
      await request.post("/api/import", {
        multipart: { file: "x" },
        headers: { Authorization: editorHeaders().Authorization },
      }),
      415,
    );
  });

  test("updates need If-Match: missing is 428, stale is 412 with the current ETag", async ({ request }) => {
    const current = await request.get("/api/models/o1");
    const version = (await current.json()).version as number;
    await expectProblem(await request.patch("/api/models/o1", { data: { paramsB: 1 }, headers: editorHeaders() }), 428);
    const stale = await request.patch("/api/models/o1", {
      data: { paramsB: 1 },
      headers: { ...editorHeaders(), "If-Match": `"${version + 7}"` },
    });
    await expectProblem(stale, 412);
    expect(stale.headers()["etag"]).toBe(`"${version}"`);
    await expectProblem(
      await request.delete("/api/models/o1", { headers: { ...editorHeaders(), "If-Match": `"${version + 7}"` } }),
      412,
    );
    await expectProblem(
      await request.patch("/api/models/o1", {
        data: { paramsB: 1 },
        headers: { ...editorHeaders(), "If-Match": "garbage" },
      }),
      400,
    );
    expect((await (await request.get("/api/models/o1")).json()).paramsB).toBe(300);
  });
});

/** Console messages in which the browser reports blocking something under the page's CSP. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test.describe("security headers", () => {
  for (const path of ["/zh", "/en/models", "/en/capex", "/zh/training", "/en/admin", "/api/models", "/api/health"]) {
    test(`${path} sends the security headers`, async ({ request }) => {
      const response = await request.get(path);
      const h = response.headers();
      const csp = h["content-security-policy"] ?? "";
      // The API's policy allows nothing at all (default-src 'none' covers object-src).
      expect(csp).toContain(path.startsWith("/api") ? "default-src 'none'" : "object-src 'none'");
      expect(csp).toContain("frame-ancestors");
      expect(csp).not.toContain("unsafe-eval");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"]).toContain("camera=()");
      expect(h["permissions-policy"]).not.toContain("clipboard-write");
      if (!path.startsWith("/api")) {
        // The Summary is one cached response for everyone, so it cannot carry a per-request nonce.
        expect(csp).toMatch(
          path === "/zh"
            ? /script-src 'self' 'unsafe-inline';/
            : /script-src 'self' 'nonce-[A-Za-z0-9+/=]+'( 'sha256-[A-Za-z0-9+/=]+')* 'strict-dynamic'/,
        );
        expect(csp).toContain("base-uri 'self'");
        expect(csp).toContain("frame-ancestors 'self'");
      }
    });
  }

  test("the Summary is served from Next's cache; the views driven by the query are rendered per request", async ({
    request,
  }) => {
    await request.get("/en");
    const cached = await request.get("/en");
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const response = await request.get("/en/models?region=CN");
      expect(response.headers()["x-nextjs-cache"]).toBeUndefined();
      nonces.add(response.headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1]!);
    }
    expect(nonces.size).toBe(2);
  });

  test("the cached Summary hydrates under its policy and navigates to the other views", async ({ page }) => {
    const violations = cspViolations(page);
    await page.goto("/en");
    await page.getByTestId("locale-switcher").click();
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("DeepSeek 是否会改变 AI 投资范式？");
    await page.getByRole("link", { name: "资本开支" }).first().click();
    await expect(page).toHaveURL(/\/zh\/capex$/);
    await page.getByRole("link", { name: "摘要" }).first().click();
    await expect(page).toHaveURL(/\/zh$/);
    expect(violations).toEqual([]);
  });

  test("pages hydrate under the CSP: no violations, and client navigation works", async ({ page }) => {
    const violations = cspViolations(page);
    await page.goto("/en/models");
    await page.getByTestId("locale-switcher").click();
    await expect(page).toHaveURL(/\/zh\/models$/);
    await page.getByRole("link", { name: "资本开支" }).first().click();
    await expect(page).toHaveURL(/\/zh\/capex$/);
    expect(violations).toEqual([]);
  });

  test("a view asked for again (answered from the door's cache) has a fresh nonce on every script and hydrates", async ({
    page,
    request,
  }) => {
    const path = "/en/capex?preset=guidance&aapl=7";
    const pages: { nonce: string; html: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await request.get(path);
      const nonce = response.headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1]!;
      pages.push({ nonce, html: await response.text() });
    }
    expect(new Set(pages.map((p) => p.nonce)).size).toBe(3);
    for (const { nonce, html } of pages) {
      const scriptNonces = [...html.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((m) => m[1]);
      expect(scriptNonces.length).toBeGreaterThan(0);
      expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
      for (const other of pages) if (other.nonce !== nonce) expect(html).not.toContain(other.nonce);
    }
    const violations = cspViolations(page);
    await page.goto(path);
    // Hydrated: an edit changes the address bar.
    await page.getByTestId("growth-slider-msft").fill("33");
    await expect(page).toHaveURL(/msft=33/);
    expect(violations).toEqual([]);
  });

  test("public views may enter the back/forward cache (no no-store); admin pages may not", async ({ request }) => {
    for (const path of ["/en/models?region=CN", "/zh/capex", "/en/training", "/zh"])
      expect((await request.get(path)).headers()["cache-control"], path).not.toContain("no-store");
    expect((await request.get("/en/capex")).headers()["cache-control"]).toBe("private, no-cache");
    const admin = await request.get("/en/admin", { maxRedirects: 0 });
    expect(admin.headers()["cache-control"]).toContain("no-store");
  });
});
