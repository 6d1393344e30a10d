import { clientAddress } from "../request/forwarded";
import { isSameOrigin } from "../request/same-origin";
import { logSecurityEvent } from "./security-log";

/** A sign-in or sign-out post: its fields, and whether the client wants JSON answers (scripts) or redirects (a browser form). */
export type PostedForm = { fields: Record<string, string>; wantsJson: boolean };

const MAX_FORM_BYTES = 8 * 1024;

/** Reads a small form or JSON body; null when it is neither, too large or unreadable. */
export async function readPostedForm(request: Request): Promise<PostedForm | null> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (Number(request.headers.get("content-length") ?? "0") > MAX_FORM_BYTES) return null;
  try {
    const text = await request.text();
    if (text.length > MAX_FORM_BYTES) return null;
    if (type === "application/json") {
      const body: unknown = JSON.parse(text);
      if (!body || typeof body !== "object" || Array.isArray(body)) return null;
      const fields = Object.fromEntries(
        Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
      );
      return { fields, wantsJson: true };
    }
    if (type === "application/x-www-form-urlencoded")
      return { fields: Object.fromEntries(new URLSearchParams(text)), wantsJson: false };
  } catch {
    return null;
  }
  return null;
}

/** Whether the post came from a page of this site (its Origin names the host it was sent to). */
export function postedFromThisSite(request: Request): boolean {
  return isSameOrigin(
    request.headers.get("origin"),
    request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
  );
}

/** One log line for a post refused for its Origin (the Origin named, never the body). */
export function logOriginRefused(request: Request, what: string): void {
  logSecurityEvent("origin-refused", {
    who: "-",
    what: `${what} origin=${request.headers.get("origin") ?? "none"}`,
    address: clientAddress(request.headers) ?? "unknown",
    outcome: "refused",
  });
}
