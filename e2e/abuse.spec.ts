import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PNG } from "pngjs";

// Issue #18: cheap requests cannot exhaust, poison or leak.

test("a link preview asked for by another name is redirected to its canonical URL, then drawn", async ({ request }) => {
  const response = await request.get("/api/og/capex?aapl=10.04&cb=81723&locale=en&preset=guidance", {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe("/api/og/capex?locale=en&preset=guidance&aapl=10");
  const image = await request.get(response.headers()["location"]!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(image.headers()["cross-origin-resource-policy"]).toBe("same-origin");
  expect(PNG.sync.read(await image.body()).width).toBe(1200);
});

test("previews of Arabic, Thai and emoji text are drawn from local fonts", async ({ request }) => {
  for (const q of ["مرحبا", "สวัสดี", "🚀😀"]) {
    const response = await request.get(`/api/og/models?locale=en&q=${encodeURIComponent(q)}`);
    expect(response.status(), q).toBe(200);
    const png = PNG.sync.read(await response.body());
    expect([png.width, png.height]).toEqual([1200, 630]);
  }
});

test("a link with hundreds of unknown parameters lists five notices and says how many more", async ({ page }) => {
  const junk = Array.from({ length: 60 }, (_, i) => `junk${i}=1`).join("&");
  await page.goto(`/en/models?${junk}`);
  const notices = page.getByTestId("url-notices");
  await expect(notices.getByRole("listitem")).toHaveCount(6);
  await expect(page.getByTestId("url-notices-more")).toHaveText("…and 55 more.");
  await page.goto(`/zh/models?${junk}`);
  await expect(page.getByTestId("url-notices-more")).toHaveText("……另有 55 条未列出。");
});

test("the Summary ignores the query string: it is never baked into the cached page", async ({ request }) => {
  const poisoned = await request.get("/en?e2e-poison-marker=1");
  expect(await poisoned.text()).not.toContain("e2e-poison-marker");
  const plain = await request.get("/en");
  expect(await plain.text()).not.toContain("e2e-poison-marker");
  expect(plain.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  expect(plain.headers()["cross-origin-resource-policy"]).toBe("same-origin");
});

test("undecodable paths get 400 and unsupported methods 405, with the security headers", async ({ request }) => {
  for (const [method, path, status] of [
    ["GET", "/en/%FF", 400],
    ["GET", "/en/%", 400],
    ["PROPFIND", "/en", 405],
    ["PROPFIND", "/api/models", 405],
  ] as const) {
    const response = await request.fetch(path, { method });
    expect(response.status(), `${method} ${path}`).toBe(status);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["cross-origin-resource-policy"]).toBe("same-origin");
  }
});

test("absolute URLs ignore a forged X-Forwarded-Host, and no page breaks over a malformed one", async ({
  request,
  baseURL,
}) => {
  for (const host of ["evil.example", "a b"]) {
    const response = await request.get("/en/capex?preset=guidance", {
      headers: { "X-Forwarded-Host": host, "X-Forwarded-Proto": "https" },
    });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toContain(`<meta property="og:url" content="${baseURL}/en/capex?preset=guidance"/>`);
    expect(html).not.toContain("evil.example");
    // Not a trusted proxy: its word that the request came over https is not believed either.
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  }
});

/** The Capex page's server action (save a scenario), from the build's manifest: its id changes with every build. */
function capexActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown> }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => "app/[locale]/capex/page" in entry.workers);
  if (!found) throw new Error("no server action on the Capex page in the build's manifest");
  return found[0];
}

/** A multipart action post as the Capex page's save form sends it (its fields `_1_…`), with this root last. */
function saveForm(root: string, before: [string, string][] = []): FormData {
  const form = new FormData();
  for (const [name, value] of [...before, ["_1_name", ""], ["_1_query", "preset=flat"], ["_1_v", "1"], ["0", root]])
    form.append(name!, value!);
  return form;
}

test("a server action post whose arguments refer to parts it does not hold gets 400, not a 500; the real form's post still works", async ({
  request,
  baseURL,
}) => {
  const headers = { "Next-Action": capexActionId(), Origin: baseURL! };
  const idle = '{"status":"idle"}';
  for (const [name, form] of [
    ["a Map part", saveForm('["$Q2"]')],
    ["a model part", saveForm('["$7"]')],
    ["a Blob part", saveForm('["$B3"]')],
    ["a part inside an array in the root's state", saveForm(`[{"a":[1,"$Q9"]},"$K1"]`)],
    ["a part inside an object in the root's state", saveForm(`[{"x":{"y":"$5"}},"$K1"]`)],
    ["a part that comes after the root", partAfterRoot()],
    ["a part that is not JSON", saveForm('["$2"]', [["2", "{{"]])],
    ["nesting 100,000 deep", saveForm(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)],
  ] as const) {
    const response = await request.post("/en/capex", { headers, multipart: form });
    expect(response.status(), name).toBe(400);
    expect(response.headers()["content-type"], name).toBe("application/problem+json");
    expect((await response.json()).type, name).toBe("urn:ai-capex-lens:problem:malformed-body");
  }
  // The page's own post (an empty name: the action answers "invalid" and stores nothing) reaches the action.
  const real = await request.post("/en/capex", { headers, multipart: saveForm(`[${idle},"$K1"]`) });
  expect(real.status()).toBe(200);
  expect(real.headers()["content-type"]).toContain("text/x-component");
  expect(await real.text()).toContain('"status":"invalid"');
  // From another site the Origin check answers first, as before.
  const foreign = await request.post("/en/capex", {
    headers: { ...headers, Origin: "https://evil.example" },
    multipart: saveForm('["$Q2"]'),
  });
  expect(foreign.status()).toBe(403);
});

/** The root first, then the part it refers to: React reads the root as it comes, before that part. */
function partAfterRoot(): FormData {
  const form = new FormData();
  form.append("0", '["$1"]');
  form.append("1", "[]");
  return form;
}
