import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Server action bodies for tests, made and read by React itself: `encodeReply` is what the page's
 * client sends, `decodeWithReact` what Next's decoder makes of a body (lib/testing/react-decode-reply.mjs,
 * in a child process with the react-server condition).
 */

export type ActionBody = { contentType: string; body: Buffer };

const require = createRequire(import.meta.url);
const client = require("next/dist/compiled/react-server-dom-webpack/client.edge") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

/** What the page's client makes of an action's arguments: their JSON alone, or a form of parts. */
export const encodeReplyParts = (args: unknown[]) => client.encodeReply(args);

/** The body the browser posts for these arguments: text when React needs no other part, else multipart. */
export async function encodeReply(args: unknown[]): Promise<ActionBody> {
  return asBody(await client.encodeReply(args));
}

/** A text body or a form (its parts in order) as the bytes and Content-Type a browser sends. */
export async function asBody(reply: string | FormData): Promise<ActionBody> {
  const response = new Response(reply);
  const contentType = typeof reply === "string" ? "text/plain;charset=UTF-8" : response.headers.get("content-type")!;
  return { contentType, body: Buffer.from(await response.arrayBuffer()) };
}

/** A multipart body of these parts, in this order (names and values as given: nothing checked). */
export function multipart(parts: [string, string | Blob][]): Promise<ActionBody> {
  const form = new FormData();
  for (const [name, value] of parts) form.append(name, value);
  return asBody(form);
}

const ORACLE = path.resolve(import.meta.dirname, "react-decode-reply.mjs");

/** For each body: whether React decodes it (and awaits every value in it), or the error it throws. */
export function decodeWithReact(bodies: ActionBody[]): { ok: boolean; error: string | null }[] {
  const input = JSON.stringify(bodies.map((b) => ({ contentType: b.contentType, body: b.body.toString("base64") })));
  const output = execFileSync(process.execPath, ["--conditions=react-server", ORACLE], {
    input,
    env: { ...process.env, NODE_ENV: "production" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.toString("utf8"));
}
