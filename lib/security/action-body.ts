import { replyProblem } from "./reply-references";
import type { Refusal } from "./request-guard";

/**
 * A server action's body, read at the front door before Next decodes it: Next answers a bare 500
 * for a body over its limit that came without Content-Length (chunked), one in an encoding it does not
 * undo (gzip…), a multipart body without a boundary or that does not parse, and a text body that is
 * not the JSON its client sends, and arguments React cannot decode (a reference to a part the body does
 * not hold, lib/security/reply-references.ts). Each gets a 4xx here instead; a readable body goes on to Next.
 */

/** What a server action's body is, by its Content-Type's media type (the guard admits only these). */
type ActionBodyType = "text/plain" | "multipart/form-data" | "application/x-www-form-urlencoded";

const bad = (detail: string): Refusal => ({ status: 400, slug: "malformed-body", title: "Malformed body", detail });

/** Refused before the body is read: an encoding Next would pass on undecoded. */
export function encodingRefusal(contentEncoding: string | string[] | undefined): Refusal | null {
  const encodings = String(contentEncoding ?? "")
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== "" && part !== "identity");
  if (encodings.length === 0) return null;
  return {
    status: 415,
    slug: "unsupported-encoding",
    title: "Unsupported content encoding",
    detail: "Post the form unencoded, as the page does.",
  };
}

/** Refused after the body is read: whether Next's decoder can read it at all. */
export async function bodyRefusal(contentType: string, body: Buffer): Promise<Refusal | null> {
  const type = contentType.split(";")[0]?.trim().toLowerCase() as ActionBodyType;
  if (type === "text/plain") {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      return bad("The body is not UTF-8.");
    }
    try {
      JSON.parse(text);
    } catch {
      return bad("The body is not the JSON the page sends.");
    }
    // Next decodes a text body as the arguments' root alone.
    const problem = replyProblem([{ name: "0", value: text }]);
    return problem === null ? null : bad(problem);
  }
  if (type === "multipart/form-data") {
    if (!/;\s*boundary=/i.test(contentType)) return bad("A multipart body needs a boundary.");
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    } catch {
      return bad("The multipart body does not parse.");
    }
    const parts = [...form.entries()].map(([name, value]) => ({ name, value }));
    const problem = replyProblem(parts);
    return problem === null ? null : bad(problem);
  }
  return null;
}
