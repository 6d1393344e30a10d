// Test oracle: decodes server action bodies with React's own decoder, as Next does (multipart through
// busboy and decodeReplyFromBusboy, text through decodeReply). React's server build needs the
// react-server condition, so the tests run this file in a child process:
//   NODE_ENV=production node --conditions=react-server lib/testing/react-decode-reply.mjs
// stdin: a JSON array of { contentType, body (base64) }; stdout: a JSON array of { ok, error }.
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

const require = createRequire(import.meta.url);
const react = require("next/dist/compiled/react-server-dom-webpack/server.node");
const busboy = require("next/dist/compiled/busboy");

/** Everything a decoded value holds, awaited as an action that reads its arguments would. */
async function settle(value) {
  if (value instanceof Map) for (const [k, v] of value) await Promise.all([settle(k), settle(v)]);
  else if (value instanceof Set) for (const v of value) await settle(v);
  else if (value !== null && typeof value === "object" && !(value instanceof Blob) && !ArrayBuffer.isView(value))
    for (const v of Object.values(value)) await settle(v);
}

async function decode({ contentType, body }) {
  const bytes = Buffer.from(body, "base64");
  const temporaryReferences = react.createTemporaryReferenceSet();
  if (!contentType.startsWith("multipart/form-data")) {
    return react.decodeReply(bytes.toString("utf-8"), {}, { temporaryReferences });
  }
  const parser = busboy({
    defParamCharset: "utf8",
    headers: { "content-type": contentType },
    limits: { fieldSize: 1024 * 1024 },
  });
  const [, args] = await Promise.all([
    pipeline(Readable.from([bytes]), parser),
    react.decodeReplyFromBusboy(parser, {}, { temporaryReferences }),
  ]);
  return args;
}

const input = JSON.parse(await new Response(Readable.toWeb(process.stdin)).text());
const results = [];
for (const item of input) {
  try {
    const args = await decode(item);
    await settle(args);
    results.push({ ok: true, error: null });
  } catch (error) {
    results.push({ ok: false, error: String(error?.message ?? error).slice(0, 200) });
  }
}
process.stdout.write(JSON.stringify(results));
