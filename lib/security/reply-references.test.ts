import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  asBody,
  decodeWithReact,
  encodeReply,
  encodeReplyParts,
  multipart,
  type ActionBody,
} from "../testing/react-reply";
import captured from "./action-bodies.fixture.json";
import { bodyRefusal } from "./action-body";
import { MAX_REPLY_DEPTH } from "./reply-references";

/** The real posts, as the e2e writers' specs sent them through Chromium (see the fixture's "source"). */
const realBodies: (ActionBody & { name: string })[] = captured.bodies.map((b) => ({
  name: b.name,
  contentType: b.contentType,
  body: Buffer.from(b.body, "utf8"),
}));

/** A real body's parts (from the admin's model form) with its root replaced, and parts added before it. */
async function formWithRoot(root: string, before: [string, string | Blob][] = []): Promise<ActionBody> {
  const real = realBodies.find((b) => b.name.startsWith("admin model edit"))!;
  const form = await new Response(new Uint8Array(real.body), {
    headers: { "content-type": real.contentType },
  }).formData();
  const parts: [string, string | Blob][] = [...form.entries()].filter(([name]) => name !== "0");
  return multipart([...before, ...parts, ["0", root]]);
}

const PREVIOUS = '{"message":null,"errors":{},"values":null,"attempt":0,"createdToken":null}';

/** Bodies Next answered with a 500: React's decoder throws on each. */
const malformed: [string, () => Promise<ActionBody>][] = [
  ["a Map part it does not hold", () => formWithRoot('["$Q2"]')],
  ["a model part it does not hold", () => formWithRoot('["$7"]')],
  ["a Blob part it does not hold", () => formWithRoot('["$B3"]')],
  ["a Set part it does not hold", () => formWithRoot(`[${PREVIOUS},"$W5"]`)],
  ["an iterator part it does not hold", () => formWithRoot('["$i4"]')],
  ["a typed array part it does not hold", () => formWithRoot('["$o9"]')],
  ["a missing part inside an array in an object", () => formWithRoot(`[{"values":{"list":[1,"$Q9"]}},"$K1"]`)],
  ["a missing part deep inside the previous state", () => formWithRoot(`[{"a":[{"b":[["$2"]]}]},"$K1"]`)],
  ["a missing part referred to by a part it holds", () => formWithRoot('["$2"]', [["2", '{"x":["$Q3"]}']])],
  [
    "a part that comes after the root",
    async () =>
      multipart([
        ["0", '["$1"]'],
        ["1", "[]"],
      ]),
  ],
  ["a key path into a part that leads nowhere", () => formWithRoot('["$2:0:name"]', [["2", '[{"id":1}]']])],
  ["a Map from a part that is no array", () => formWithRoot('["$Q2"]', [["2", '{"a":1}']])],
  ["a Map entry that is no pair", () => formWithRoot('["$Q2"]', [["2", '["x"]']])],
  ["one array made into a Map and a Set", () => formWithRoot('["$Q2","$W2"]', [["2", "[]"]])],
  ["a Blob that is a text field", () => formWithRoot('["$B2"]', [["2", "not a file"]])],
  ["a 16-bit array of an odd number of bytes", () => formWithRoot('["$S2"]', [["2", new Blob([new Uint8Array(3)])]])],
  ["a part that is not JSON", () => formWithRoot('["$2"]', [["2", "{{{"]])],
  ["a root that is not JSON", () => formWithRoot("[{")],
  [
    "a root sent twice",
    async () =>
      multipart([
        ["0", "[]"],
        ["0", "[]"],
      ]),
  ],
  ["a root sent as a file", async () => multipart([["0", new Blob(["[]"])]])],
  ["a BigInt that is no number", () => formWithRoot('["$nabc"]')],
  ["a reference with no hex id", () => formWithRoot('["$zz"]')],
  ["a server function as an argument", () => formWithRoot('["$h2"]', [["2", '{"id":"x","bound":null}']])],
  ["a temporary reference under a key with a colon", () => formWithRoot('[{"a:b":"$T"}]')],
  ["over a million array slots", () => formWithRoot(JSON.stringify(["x".repeat(1_000_001), "y"]))],
  ["a text body naming a Map part", async () => asBody('["$Q9"]')],
  ["a text body naming a part inside an object in an array", async () => asBody('[{"a":[{"b":"$7"}]}]')],
];

/** Refused though React itself would not throw on them: no page sends them, and an action would get a dead value. */
const refusedBeyondReact: [string, () => Promise<ActionBody>][] = [
  ["a promise whose part never comes", () => formWithRoot('["$@9"]')],
  ["a stream whose rows never come", () => formWithRoot('["$R9"]')],
  ["a text body with a promise", async () => asBody('[{"a":"$@1"}]')],
];

describe("server action bodies React can decode", { timeout: 60_000 }, () => {
  it("takes every real post the pages made (capex save, admin forms, tokens), and React decodes each", async () => {
    expect(realBodies.length).toBeGreaterThanOrEqual(8);
    for (const real of realBodies) expect(await bodyRefusal(real.contentType, real.body), real.name).toBeNull();
    expect(decodeWithReact(realBodies).map((r, i) => [realBodies[i]!.name, r.error])).toEqual(
      realBodies.map((b) => [b.name, null]),
    );
  });

  it("refuses each body React throws on with 400 and says why", async () => {
    const bodies = await Promise.all(malformed.map(([, make]) => make()));
    const react = decodeWithReact(bodies);
    for (const [index, [name]] of malformed.entries()) {
      expect(react[index]!.ok, `React decodes "${name}"`).toBe(false);
      const refusal = await bodyRefusal(bodies[index]!.contentType, bodies[index]!.body);
      expect(refusal?.status, name).toBe(400);
      expect(refusal?.detail, name).toMatch(/\S/);
    }
  });

  it("names the missing part as the body wrote it", async () => {
    for (const reference of ["$Q2", "$7", "$B3"]) {
      const body = await formWithRoot(`["${reference}"]`);
      expect((await bodyRefusal(body.contentType, body.body))?.detail).toContain(`(${reference})`);
    }
  });

  it("refuses a promise or stream with no part, though React would pass it on", async () => {
    for (const [name, make] of refusedBeyondReact) {
      const body = await make();
      expect((await bodyRefusal(body.contentType, body.body))?.status, name).toBe(400);
    }
  });

  it("refuses nesting deeper than its limit without running out of stack, and takes it at the limit", async () => {
    for (const depth of [MAX_REPLY_DEPTH + 1, 100_000]) {
      const body = await formWithRoot(`${"[".repeat(depth)}${"]".repeat(depth)}`);
      expect((await bodyRefusal(body.contentType, body.body))?.detail).toMatch(/deeper/);
      const text = await asBody(`${"[".repeat(depth)}${"]".repeat(depth)}`);
      expect((await bodyRefusal(text.contentType, text.body))?.detail).toMatch(/deeper/);
    }
    const fine = await formWithRoot(`${"[".repeat(MAX_REPLY_DEPTH)}${"]".repeat(MAX_REPLY_DEPTH)}`);
    expect(await bodyRefusal(fine.contentType, fine.body)).toBeNull();
  });

  it("takes what React's own client sends for any arguments (maps, sets, files, shared objects, forms)", async () => {
    const bodies: ActionBody[] = [];
    await fc.assert(
      fc.asyncProperty(argumentsArbitrary, async (args) => {
        const body = await encodeReply(args);
        bodies.push(body);
        expect(await bodyRefusal(body.contentType, body.body)).toBeNull();
      }),
      { numRuns: 150, seed: 25 },
    );
    expect(decodeWithReact(bodies).filter((r) => !r.ok)).toEqual([]);
  });

  it("refuses what React throws on when a part of a real reply is dropped, and only that", async () => {
    const cases: { body: ActionBody; refusal: string | null; dropped: string }[] = [];
    await fc.assert(
      fc.asyncProperty(argumentsArbitrary, fc.nat(), async (args, pick) => {
        const reply = await encodeReplyParts(args);
        if (typeof reply === "string") return;
        const entries = [...reply.entries()];
        const candidates = entries.filter(([name]) => !name.startsWith("_"));
        if (candidates.length < 2) return;
        const [dropped] = candidates[pick % candidates.length]!;
        const body = await multipart(entries.filter(([name]) => name !== dropped));
        cases.push({ body, refusal: (await bodyRefusal(body.contentType, body.body))?.detail ?? null, dropped });
      }),
      { numRuns: 150, seed: 2525 },
    );
    expect(cases.length).toBeGreaterThan(20);
    const react = decodeWithReact(cases.map((c) => c.body));
    for (const [index, c] of cases.entries()) {
      const { ok, error } = react[index]!;
      // React fails ⇒ refused here; refused ⇒ React fails, but for a promise whose part was dropped.
      if (!ok) expect(c.refusal, `dropped ${c.dropped}: React says ${error}`).not.toBeNull();
      else if (c.refusal !== null) expect(c.refusal, `dropped ${c.dropped}`).toMatch(/\(\$@[0-9a-f]+\)/);
    }
    expect(cases.filter((c) => c.refusal !== null).length).toBeGreaterThan(10);
  });
});

/** Arguments as an action may get them: what React's reply format can carry, shared objects included. */
const leaf = fc.oneof(
  fc.string(),
  fc.constantFrom("$", "$$", "$Q1", "$K1", "$@1", "$1:0", "$undefined"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.date({ noInvalidDate: true }),
  fc.uint8Array({ maxLength: 8 }).map((bytes) => new Blob([bytes])),
  fc.int16Array({ maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string(), { maxKeys: 3, noNullPrototype: true }).map((fields) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return form;
  }),
);
const { value: valueArbitrary } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 4, noNullPrototype: true }),
    fc.array(fc.tuple(tie("value"), tie("value")), { maxLength: 3 }).map((pairs) => new Map(pairs)),
    fc.array(tie("value"), { maxLength: 3 }).map((items) => new Set(items)),
  ),
}));
/** The same object twice: React writes the second as a reference into the first ("$1:0:…"). */
const argumentsArbitrary = fc
  .tuple(valueArbitrary, fc.boolean())
  .map(([value, twice]) => (twice ? [value, { again: value }, [value]] : [value]));
