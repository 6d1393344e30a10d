import type { Refusal } from "./request-guard";

/**
 * A server action's body, read at the front door before Next decodes it: Next answers a bare 500
 * for a body over its limit that came without Content-Length (chunked), one in an encoding it does not
 * undo (gzip…), a multipart body without a boundary or that does not parse, and a text body that is
 * not the JSON its client sends. Each gets a 4xx here instead; a readable body goes on to Next.
 */

/** What a server action's body is, by its Content-Type's media type (the guard admits only these). */
type ActionBodyType = "text/plain" | "multipart/form-data" | "application/x-www-form-urlencoded";

const bad = (detail: string): Refusal => ({ status: 400, slug: "malformed-body", title: "Malformed body", detail });

/**
 * React's reply format points at other parts of the body with "$<id>", "$@<id>" (a promise), "$Q<id>"
 * (a Map), "$W<id>" (a Set) and "$B<id>" (a Blob), the id in hex. A part that is not there makes the
 * decoder throw, which Next answers with a 500. ("$K<id>" is a FormData: a missing one is empty, not an
 * error; a string of the user's that starts with "$" comes escaped as "$$".)
 */
const PART_REFERENCE = /^\$(?:@|Q|W|B)?[0-9a-f]+$/;

/** A text body is the arguments' root alone: any reference to another part dangles. */
function danglingReference(json: unknown): string | null {
  if (typeof json === "string") return PART_REFERENCE.test(json) ? json : null;
  if (json === null || typeof json !== "object") return null;
  for (const value of Object.values(json)) {
    const found = danglingReference(value);
    if (found !== null) return found;
  }
  return null;
}

const danglingRefusal = (reference: string) => bad(`The body refers to a part it does not hold (${reference}).`);

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
    let root: unknown;
    try {
      root = JSON.parse(text);
    } catch {
      return bad("The body is not the JSON the page sends.");
    }
    const dangling = danglingReference(root);
    return dangling === null ? null : danglingRefusal(dangling);
  }
  if (type === "multipart/form-data") {
    if (!/;\s*boundary=/i.test(contentType)) return bad("A multipart body needs a boundary.");
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    } catch {
      return bad("The multipart body does not parse.");
    }
    // The page's client encodes an action's arguments with their root in field "0".
    // Its parts' references are left to Next: a form's fields are named in ways this check cannot
    // tell from a missing part.
    if (!form.has("0")) return bad("The multipart body holds no action arguments.");
    return null;
  }
  return null;
}
