// Deep-link fuzzing: generated paths and query strings across every view and both locales.
// Properties: no 5xx; 200 (defaults + a notice when the link is certainly wrong) or 404; redirects
// stay on this site; no generated markup ever comes back unescaped in the HTML.
import fc from "fast-check";

import { request, runPool } from "./pool.mjs";

// Generated values carry these; none may appear verbatim in a response (they must be escaped).
const MARKUP = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  "</title><script>alert(1)</script>",
  "<iframe srcdoc=x>",
];
const REFLECTED = /<script>alert\(1\)|<img src=x onerror|<svg onload|<iframe srcdoc/i;

const PARAMS = {
  models: ["region", "access", "company", "modality", "from", "to", "q", "sort", "dir", "view"],
  capex: ["preset", "msft", "googl", "amzn", "meta", "aapl", "scenario"],
  training: ["scale", "price"],
};
const ALL_PARAMS = [...new Set([...Object.values(PARAMS).flat(), "embed"])];
const VALID_VALUES = {
  region: ["US", "CN", "us", "cn"],
  access: ["open", "closed"],
  company: ["openai", "google", "deepseek", "meta", "alibaba", "nope"],
  modality: ["text", "image", "audio", "video", "video_frames"],
  from: ["2023-01", "2024-06", "2024-13", "2025-00"],
  to: ["2024-12", "2025-01", "1999-01"],
  sort: ["region", "company", "model", "params", "access", "released"],
  dir: ["asc", "desc"],
  view: ["releases", "regions", "params", "hours", "cost"],
  preset: ["consensus", "guidance", "flat"],
  scale: ["linear", "log"],
  embed: ["1", "0", "true"],
  scenario: ["0123456789", "AbCdEfGhIj"],
};

const markup = fc.constantFrom(...MARKUP);
const numberText = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.constantFrom("1e309", "-0", "0x10", "10%", "１０", " 5 ", "Infinity", "NaN", ""),
);
const freeText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ maxLength: 3, minLength: 0 }).map((s) => s.repeat(700)), // long values
  markup,
  fc.tuple(fc.string({ maxLength: 8 }), markup).map(([a, b]) => a + b),
);
const valueFor = (name) =>
  fc.oneof(
    { weight: 3, arbitrary: Object.hasOwn(VALID_VALUES, name) ? fc.constantFrom(...VALID_VALUES[name]) : numberText },
    { weight: 2, arbitrary: numberText },
    { weight: 3, arbitrary: freeText },
  );
const paramName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ALL_PARAMS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: markup },
);
const pair = paramName.chain((name) => valueFor(name).map((value) => [name, value]));

const modelSlug = (slugs) => fc.oneof(fc.constantFrom(...slugs), fc.string({ maxLength: 30 }), markup);
const view = (slugs) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant({ view: "summary", path: "" }) },
    { weight: 4, arbitrary: fc.constant({ view: "models", path: "/models" }) },
    { weight: 4, arbitrary: fc.constant({ view: "capex", path: "/capex" }) },
    { weight: 3, arbitrary: fc.constant({ view: "training", path: "/training" }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom({ view: "admin", path: "/admin" }, { view: "admin", path: "/admin/models" }),
    },
    {
      weight: 1,
      arbitrary: modelSlug(slugs).map((slug) => ({ view: "model", path: `/models/${encodeURIComponent(slug)}` })),
    },
    {
      weight: 1,
      arbitrary: fc
        .oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[0-9A-Za-z]{10}$/))
        .map((id) => ({ view: "saved", path: `/s/${encodeURIComponent(id)}` })),
    },
    {
      weight: 1,
      arbitrary: fc
        .oneof(fc.string({ minLength: 1, maxLength: 20 }), markup)
        .map((segment) => ({ view: "unknown", path: `/${encodeURIComponent(segment)}` })),
    },
  );
// A parameter no view knows or a value no parser accepts: the view must say so with a notice.
const certainlyWrong = {
  models: fc.oneof(fc.constant(["zz_unknown", "1"]), fc.constant(["region", "XX"]), fc.constant(["sort", "bogus"])),
  capex: fc.oneof(fc.constant(["preset", "bogus"]), fc.constant(["msft", "abc"]), fc.constant(["aapl", "999"])),
  training: fc.oneof(fc.constant(["scale", "bogus"]), fc.constant(["price", "abc"]), fc.constant(["price", "1e9"])),
};

export function deepLinkCase(slugs) {
  return fc.record({
    locale: fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom("zh", "en") },
      { weight: 1, arbitrary: fc.constantFrom("fr", "EN", "zh-CN", "x") },
    ),
    target: view(slugs),
    pairs: fc.array(pair, { maxLength: 8 }),
    wrong: fc.option(
      fc
        .constantFrom("models", "capex", "training")
        .chain((view) => certainlyWrong[view].map((pair) => ({ view, pair }))),
      { nil: null },
    ),
    rawSuffix: fc.option(fc.constantFrom("&%E0%A4%A", "&a=%", "&%ZZ=1", "&a=%00", "#<script>alert(1)</script>"), {
      freq: 8,
      nil: null,
    }),
  });
}

function toUrl(base, testCase) {
  // First, so that a repeated parameter (the first value wins) cannot hide it.
  // Embed mode (?embed=1) too: the chart with its notices above it.
  const mustNotice = testCase.wrong !== null && testCase.wrong.view === testCase.target.view;
  const pairs = mustNotice ? [testCase.wrong.pair, ...testCase.pairs] : testCase.pairs;
  const query = new URLSearchParams(pairs).toString();
  const path = `/${testCase.locale}${testCase.target.path}`;
  return {
    url: `${base}${path}${query || testCase.rawSuffix ? "?" : ""}${query}${testCase.rawSuffix ?? ""}`,
    mustNotice: Boolean(mustNotice),
  };
}

/** Model slugs linked from the Models view, so the detail page is reached with real slugs too. */
export async function discoverModelSlugs(base) {
  const { body } = await request(`${base}/en/models`);
  const slugs = [...new Set([...body.matchAll(/href="\/en\/models\/([a-z0-9-]+)"/g)].map((m) => m[1]))];
  return slugs.length ? slugs : ["deepseek-r1"];
}

export async function fuzzDeepLinks({ base, runs, seed, concurrency, deadline }) {
  const slugs = await discoverModelSlugs(base);
  const cases = fc.sample(deepLinkCase(slugs), { numRuns: runs, seed });
  const statuses = {};
  const failures = [];
  const fail = (url, reason) =>
    failures.length < 50 && failures.push({ url: url.length > 300 ? `${url.slice(0, 300)}…` : url, reason });
  let withNotice = 0;
  let started = 0;
  const pool = await runPool(
    cases,
    concurrency,
    async (testCase) => {
      const { url, mustNotice } = toUrl(base, testCase);
      if (++started % 1000 === 0) console.log(`  … ${started} URLs`);
      const response = await request(url);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status === 0) return fail(url, `no response: ${response.error}`);
      if (response.status >= 500) return fail(url, `HTTP ${response.status}`);
      if (REFLECTED.test(response.body)) return fail(url, "generated markup reflected unescaped");
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get("location") ?? "";
        const target = new URL(location, base);
        if (target.origin !== base) fail(url, `redirect leaves the site: ${location}`);
        return;
      }
      if (response.status !== 200 && response.status !== 404) return fail(url, `HTTP ${response.status}`);
      if (response.status === 200 && mustNotice) {
        if (response.body.includes('data-testid="url-notices"')) withNotice++;
        else fail(url, "a certainly-wrong link rendered without a notice");
      }
    },
    { deadline },
  );
  return { runs: pool.done, planned: runs, timedOut: pool.timedOut, statuses, withNotice, failures, seed };
}
