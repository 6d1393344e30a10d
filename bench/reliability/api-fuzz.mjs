// API fuzzing: generated bodies for every write endpoint, each made certainly invalid by at least one
// mutation (wrong type, unknown field, out of range, missing field, not JSON, wrong media type, too
// large, bad If-Match, bad token). Properties: never 5xx, never 2xx, every rejection
// application/problem+json, every 422 with field errors; the export and the audit log unchanged after.
import fc from "fast-check";

import { ADMIN_TOKEN } from "../lib/server.mjs";
import { MODEL_FIELDS, modelBodyFrom } from "./model-fields.mjs";
import { request, requestFrom, runPool } from "./pool.mjs";

const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
const WRONG_TOKEN_ADDRESS = "127.0.0.9";

const CAPEX_FIELDS = {
  company: "slug",
  year: "year",
  kind: "enum",
  usdBn: "nullableNumber",
  usdBnLow: "nullableNumber",
  usdBnHigh: "nullableNumber",
  basisZh: "text",
  basisEn: "text",
  lineZh: "optionalText",
  lineEn: "optionalText",
  measureZh: "optionalText",
  measureEn: "optionalText",
  origin: "enum",
  sourceZh: "text",
  sourceEn: "text",
  saidOn: "isoDate",
  accession: "accession",
  filedOn: "isoDate",
  sourceUrl: "httpsUrl",
};
// The single-text names a write may still use for a bilingual pair (lib/validations/bilingual.ts): a
// generated unknown field must not be one of them, or it would make a PATCH valid.
const SINGLE_TEXT_ALIASES = ["source", "basis", "line"];
const WRONG_TYPE = {
  text: [1, true, {}, [], "", "   ", "x".repeat(5_000)],
  optionalText: [1, true, {}, ["a"], "x".repeat(5_000)],
  slug: [1, true, {}, "Not A Slug", "-bad-", "x".repeat(200), "<script>alert(1)</script>"],
  enum: [1, true, {}, "nope", "<img src=x onerror=alert(1)>", ""],
  nullableNumber: ["1", true, {}, [], -1, 1e9, "NaN"],
  boolean: ["true", 1, 0, null, {}, []],
  list: ["text", [], ["text", "text"], ["smell"], [1], {}, null],
  yearMonth: ["2025-13", "2025-1", "25-01", 202501, "", null],
  year: [1999, 2101, 2025.5, "2025", null, true],
  isoDate: ["2025-02-30x", "2025-13-01", 20250101, true],
  accession: ["0000950170-25", "not-an-accession", 1, true, {}],
  httpsUrl: ["http://www.sec.gov/", "not a url", "javascript:alert(1)", 1, true],
};
// Fields a body may leave out (leaving out any other one makes it invalid).
const OPTIONAL = new Set([
  "nameAsPrinted",
  "caveatZh",
  "caveatEn",
  "usdBnLow",
  "usdBnHigh",
  "lineZh",
  "lineEn",
  "measureZh",
  "measureEn",
  "saidOn",
  "accession",
  "filedOn",
  "sourceUrl",
  "slug",
]);
const MARKUP = fc.constantFrom("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>');
const anyJson = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  MARKUP,
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** Invalidating mutations of a valid record; `partial` (PATCH) bodies cannot be invalid by omission. */
function invalidBody(valid, fields, { partial }) {
  const names = Object.keys(fields);
  const wrongValue = fc
    .constantFrom(...names)
    .chain((name) => fc.constantFrom(...WRONG_TYPE[fields[name]]).map((value) => ({ [name]: value })));
  const unknownField = fc
    .tuple(
      fc
        .string({ minLength: 1, maxLength: 20 })
        .filter(
          (k) =>
            !names.includes(k) &&
            k !== "slug" &&
            k !== "__proto__" &&
            !k.startsWith("-") &&
            !SINGLE_TEXT_ALIASES.includes(k),
        ),
      anyJson,
    )
    .map(([k, v]) => ({ [k]: v }));
  const noise = fc
    .subarray(names)
    .chain((picked) =>
      fc.tuple(
        ...picked.map((name) =>
          fc.constantFrom(...WRONG_TYPE[fields[name]], valid[name]).map((value) => [name, value]),
        ),
      ),
    );
  const base = partial
    ? fc.subarray(names).map((picked) => Object.fromEntries(picked.map((name) => [name, valid[name]])))
    : fc.constant({ ...valid });
  const object = fc
    .tuple(
      base,
      noise,
      fc.oneof(
        wrongValue,
        unknownField,
        partial
          ? wrongValue
          : fc.constantFrom(...names.filter((name) => !OPTIONAL.has(name))).map((name) => ({ [`-${name}`]: true })),
      ),
    )
    .map(([body, noisy, mutation]) => {
      const result = { ...body, ...Object.fromEntries(noisy) };
      for (const [key, value] of Object.entries(mutation)) {
        if (key.startsWith("-")) delete result[key.slice(1)];
        else result[key] = value;
      }
      return { text: JSON.stringify(result), contentType: "application/json" };
    });
  const notAnObject = anyJson
    .filter((v) => v === null || typeof v !== "object" || Array.isArray(v))
    .map((v) => ({ text: JSON.stringify(v), contentType: "application/json" }));
  const notJson = fc
    .oneof(
      fc.constant("{"),
      fc.constant('{"a":'),
      fc.string({ maxLength: 40 }).filter((s) => !isJson(s)),
      fc.constant("\uFFFF\u0000"),
    )
    .map((text) => ({ text, contentType: "application/json" }));
  const wrongMedia = fc
    .constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "")
    .map((contentType) => ({ text: JSON.stringify(valid), contentType }));
  const tooLarge = fc.constant({
    text: JSON.stringify({ ...valid, sourceEn: "x".repeat(300 * 1024) }),
    contentType: "application/json",
  });
  return fc.oneof(
    { weight: 12, arbitrary: object },
    { weight: 2, arbitrary: notAnObject },
    { weight: 2, arbitrary: notJson },
    { weight: 1, arbitrary: wrongMedia },
    { weight: 1, arbitrary: tooLarge },
  );
}

function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The request's credentials and If-Match: mostly right, sometimes missing or wrong (never a real newer version). */
const headerVariant = (version) =>
  fc.record({
    token: fc.oneof(
      { weight: 12, arbitrary: fc.constant("valid") },
      { weight: 1, arbitrary: fc.constantFrom("missing", "wrong", "malformed") },
    ),
    ifMatch: fc.oneof(
      { weight: 10, arbitrary: fc.constant(`"${version}"`) },
      { weight: 1, arbitrary: fc.constantFrom(null, "*", "abc", '"-1"', '"999999"', `W/"${version}"`) },
    ),
  });

function headersFor(variant, contentType, withIfMatch) {
  const headers = {};
  if (variant.token === "valid") Object.assign(headers, auth);
  if (variant.token === "wrong") headers.authorization = "Bearer not-the-token";
  if (variant.token === "malformed") headers.authorization = "Basic Zm9vOmJhcg==";
  if (contentType) headers["content-type"] = contentType;
  if (withIfMatch && variant.ifMatch !== null) headers["if-match"] = variant.ifMatch;
  return headers;
}

async function getJson(url, headers = {}) {
  const response = await request(url, { headers });
  return {
    status: response.status,
    etag: response.headers.get("etag"),
    body: response.status === 200 ? JSON.parse(response.body) : null,
  };
}

/** Everything a write could change: the export (minus its timestamp), every version, the audit log size. */
export async function databaseFingerprint(base) {
  const exported = await getJson(`${base}/api/export`);
  if (exported.status !== 200) return null;
  const { exportedAt: _exportedAt, ...document } = exported.body;
  const models = await getJson(`${base}/api/models`);
  const capex = await getJson(`${base}/api/capex`);
  const audit = await getJson(`${base}/api/audit?limit=500`, auth);
  const versions = [
    ...(models.body?.models ?? []).map((m) => `${m.slug}@${m.version}`),
    ...(capex.body?.capexFigures ?? []).map((f) => `${f.id}@${f.version}`),
  ];
  return JSON.stringify({ document, versions, audit: audit.body });
}

export async function fuzzApi({ base, bodies, seed, concurrency, deadline }) {
  const before = await databaseFingerprint(base);
  if (before === null) return { missing: "GET /api/export is not 200", failures: [] };
  const list = (await getJson(`${base}/api/models`)).body.models;
  const model = await getJson(`${base}/api/models/${list[0].slug}`);
  const figures = (await getJson(`${base}/api/capex`)).body.capexFigures;
  const figure = await getJson(`${base}/api/capex/${figures[0].id}`);
  const document = (await getJson(`${base}/api/export`)).body;
  const { slug: modelSlug, version: modelVersion } = model.body;
  const validModel = modelBodyFrom(model.body);
  const validFigure = Object.fromEntries(Object.keys(CAPEX_FIELDS).map((k) => [k, figure.body[k]]));

  // An import document broken in one place (deep inside a record, or at the top).
  const brokenDocument = fc.oneof(
    invalidBody(validModel, MODEL_FIELDS, { partial: false }).map((b) =>
      b.contentType === "application/json" && isJson(b.text)
        ? {
            text: JSON.stringify({
              ...document,
              models: [...document.models.slice(1), { slug: "fuzz-model", ...JSON.parse(b.text) }],
            }),
            contentType: b.contentType,
          }
        : b,
    ),
    invalidBody(validFigure, CAPEX_FIELDS, { partial: false }).map((b) =>
      b.contentType === "application/json" && isJson(b.text)
        ? {
            text: JSON.stringify({
              ...document,
              capexFigures: [JSON.parse(b.text), ...document.capexFigures.slice(1)],
            }),
            contentType: b.contentType,
          }
        : b,
    ),
    fc
      .constantFrom(
        { format: "other/v9" },
        { companies: "none" },
        { models: [{ ...document.models[0] }, { ...document.models[0] }] },
        { extra: 1 },
      )
      .map((change) => ({ text: JSON.stringify({ ...document, ...change }), contentType: "application/json" })),
  );

  const endpoints = [
    {
      name: "POST /api/models",
      method: "POST",
      path: "/api/models",
      body: invalidBody(
        { slug: "fuzz-new-model", ...validModel },
        { slug: "slug", ...MODEL_FIELDS },
        { partial: false },
      ),
    },
    {
      name: "PUT /api/models/<slug>",
      method: "PUT",
      path: `/api/models/${modelSlug}`,
      version: modelVersion,
      body: invalidBody(validModel, MODEL_FIELDS, { partial: false }),
    },
    {
      name: "PATCH /api/models/<slug>",
      method: "PATCH",
      path: `/api/models/${modelSlug}`,
      version: modelVersion,
      body: invalidBody(validModel, MODEL_FIELDS, { partial: true }),
    },
    {
      name: "POST /api/capex",
      method: "POST",
      path: "/api/capex",
      body: invalidBody({ ...validFigure, year: 2030 }, CAPEX_FIELDS, { partial: false }),
    },
    {
      name: "PUT /api/capex/<id>",
      method: "PUT",
      path: `/api/capex/${figure.body.id}`,
      version: figure.body.version,
      body: invalidBody(validFigure, CAPEX_FIELDS, { partial: false }),
    },
    {
      name: "PATCH /api/capex/<id>",
      method: "PATCH",
      path: `/api/capex/${figure.body.id}`,
      version: figure.body.version,
      body: invalidBody(validFigure, CAPEX_FIELDS, { partial: true }),
    },
    { name: "POST /api/import", method: "POST", path: "/api/import", body: brokenDocument },
  ];

  const statuses = {};
  const perEndpoint = {};
  const failures = [];
  let requests = 0;
  const jobs = endpoints.flatMap((endpoint, i) =>
    fc
      .sample(fc.tuple(endpoint.body, headerVariant(endpoint.version ?? 1)), { numRuns: bodies, seed: seed + i })
      .map(([body, variant]) => ({ endpoint, body, variant })),
  );
  // DELETE takes no body: only its If-Match and token vary (never the record's real version with a valid token).
  const deleteVariants = fc.sample(
    headerVariant(modelVersion).filter(
      (v) => !(v.token === "valid" && (v.ifMatch === `"${modelVersion}"` || v.ifMatch === `W/"${modelVersion}"`)),
    ),
    { numRuns: Math.min(bodies, 200), seed },
  );
  // A DELETE has no body generator: the job's endpoint is a plain description.
  for (const variant of deleteVariants)
    jobs.push({
      endpoint: /** @type {any} */ ({
        name: "DELETE /api/models/<slug>",
        method: "DELETE",
        path: `/api/models/${modelSlug}`,
        version: modelVersion,
      }),
      body: null,
      variant,
    });

  const pool = await runPool(
    jobs,
    concurrency,
    async ({ endpoint, body, variant }) => {
      // Wrong tokens come from an address of their own: the server throttles it (429), not the valid traffic.
      const send = variant.token === "wrong" ? (url, init) => requestFrom(WRONG_TOKEN_ADDRESS, url, init) : request;
      const response = await send(base + endpoint.path, {
        method: endpoint.method,
        headers: headersFor(variant, body?.contentType, endpoint.version !== undefined),
        body: body?.text,
      });
      requests++;
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      const counts = (perEndpoint[endpoint.name] ??= {});
      counts[response.status] = (counts[response.status] ?? 0) + 1;
      const fail = (reason) =>
        failures.length < 50 &&
        failures.push({
          request: `${endpoint.method} ${endpoint.path} ${JSON.stringify(variant)} ${(body?.text ?? "").slice(0, 300)}`,
          reason,
        });
      if (response.status === 0) return fail(`no response: ${response.error}`);
      if (response.status >= 500) return fail(`HTTP ${response.status}`);
      if (response.status < 400) return fail(`accepted (HTTP ${response.status}) a body built to be invalid`);
      if (!(response.headers.get("content-type") ?? "").startsWith("application/problem+json"))
        return fail(`HTTP ${response.status} is not problem+json`);
      const problem = JSON.parse(response.body);
      if (problem.status !== response.status || !problem.title || !problem.type)
        fail("problem body lacks type/title/status");
      if (
        response.status === 422 &&
        !(
          Array.isArray(problem.errors) &&
          problem.errors.length > 0 &&
          problem.errors.every((e) => typeof e.field === "string" && typeof e.message === "string")
        )
      ) {
        fail("422 without field errors");
      }
    },
    { deadline },
  );
  const after = await databaseFingerprint(base);
  return {
    endpoints: [...endpoints.map((e) => e.name), "DELETE /api/models/<slug>"],
    requests,
    statuses,
    perEndpoint,
    unchanged: before === after,
    timedOut: pool.timedOut,
    failures,
    seed,
  };
}
