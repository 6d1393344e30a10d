import "server-only";

import type { z } from "zod";

import { authenticateApiRequest, type ApiAuthResult } from "../auth/api-auth";
import { revalidateCachedViews } from "../cache/cached-views";
import type { AuditActor } from "../db/audit";
import {
  DuplicateRecordError,
  InvalidReferenceError,
  RecordNotFoundError,
  VersionConflictError,
} from "../db/write-errors";
import { toFieldErrors } from "../validations/field-errors";
import { UNSTORABLE_TEXT_MESSAGE, unstorableFields } from "../validations/fields";
import { ApiProblem, problemResponse } from "./problem";

export const MAX_BODY_BYTES = 256 * 1024;

type RouteContext<P> = { params: Promise<P> };
/** `actor` is who the audit log records: the token's name on writes ("anonymous" on open reads). */
type HandlerArgs<P> = { request: Request; params: P; actor: AuditActor };

/**
 * The one chain every API route goes through: authenticate (writes need a Bearer token; reads
 * too when READ_REQUIRES_SIGN_IN, or a session), run the handler, and turn any failure into an
 * application/problem+json response. Unexpected errors are logged here and answered with a generic
 * 500 that carries no stack trace or message. A successful write revalidates the cached views.
 * `channel` names the audit channel ("import" for /api/import).
 */
export function apiRoute<P = Record<string, never>>(
  options: { write: boolean; channel?: "api" | "import" },
  handler: (args: HandlerArgs<P>) => Promise<Response>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      const actor = authorize(
        await authenticateApiRequest(request, options.write ? "write" : "read"),
        options.channel ?? "api",
      );
      const response = await handler({ request, params: await context.params, actor });
      if (options.write && response.ok) await revalidateCachedViews();
      return response;
    } catch (error) {
      return errorResponse(error);
    }
  };
}

function authorize(result: ApiAuthResult, channel: "api" | "import"): AuditActor {
  if (result.ok) {
    const { name, kind } = result.principal;
    return { name, kind: kind === "user" ? "user" : "token", channel, address: result.address };
  }
  switch (result.reason) {
    case "throttled":
      throw new ApiProblem(
        429,
        "too-many-attempts",
        "Too many failed attempts",
        `Too many wrong tokens from this address or for this token. Try again in ${result.retryAfterSeconds} s.`,
        {
          headers: { "Retry-After": String(result.retryAfterSeconds) },
        },
      );
    case "missing-token":
      throw new ApiProblem(401, "missing-token", "Authorization required", "Send Authorization: Bearer <API token>.", {
        headers: { "WWW-Authenticate": 'Bearer realm="ai-capex-lens"' },
      });
    case "not-editor":
      throw new ApiProblem(
        403,
        "not-editor",
        "Forbidden",
        "This token's owner is no longer an editor: the token can read, not write.",
        { headers: { "WWW-Authenticate": 'Bearer realm="ai-capex-lens", error="insufficient_scope"' } },
      );
    case "sign-in-required":
      throw new ApiProblem(
        401,
        "sign-in-required",
        "Sign-in required",
        "This deployment needs a signed-in session or Authorization: Bearer <API token> to read.",
        {
          headers: { "WWW-Authenticate": 'Bearer realm="ai-capex-lens"' },
        },
      );
    default:
      // RFC 6750: a token that is wrong, revoked or unknown is 401 invalid_token (403 would mean "valid, but not allowed").
      throw new ApiProblem(
        401,
        "invalid-token",
        "Invalid token",
        "The bearer token is not a valid API token (wrong, revoked or expired).",
        {
          headers: { "WWW-Authenticate": 'Bearer realm="ai-capex-lens", error="invalid_token"' },
        },
      );
  }
}

function errorResponse(error: unknown): Response {
  if (error instanceof ApiProblem) return problemResponse(error);
  if (error instanceof RecordNotFoundError)
    return problemResponse(new ApiProblem(404, "not-found", "Not found", error.message));
  if (error instanceof VersionConflictError) {
    return problemResponse(
      new ApiProblem(
        412,
        "stale-version",
        "Precondition failed",
        `Someone changed this record first; it is now at version ${error.currentVersion}. Reload it and apply your change again.`,
        {
          currentVersion: error.currentVersion,
          headers: { ETag: etag(error.currentVersion) },
        },
      ),
    );
  }
  if (error instanceof DuplicateRecordError)
    return problemResponse(new ApiProblem(409, "duplicate", "Conflict", error.message));
  if (error instanceof InvalidReferenceError) {
    return problemResponse(
      new ApiProblem(422, "validation", "Invalid body", "Some fields are invalid.", {
        errors: [{ field: error.field, message: error.message }],
      }),
    );
  }
  console.error("API error", error);
  return problemResponse(
    new ApiProblem(500, "internal", "Internal error", "The server could not complete the request."),
  );
}

/**
 * Reads a JSON body and validates it: 415 unless the content type is JSON, 413 past 256 kB (by
 * Content-Length and by the bytes actually read), 400 for bytes that are not JSON or JSON nested
 * deeper than MAX_JSON_DEPTH, 422 with field
 * errors for strings no database can store (NUL, lone surrogates: in any field, known or not) and
 * for JSON the schema rejects.
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const body = await readJson(request);
  const unstorable = unstorableFields(body);
  if (unstorable.length > 0) {
    throw new ApiProblem(422, "validation", "Invalid body", "Some fields are invalid.", {
      errors: unstorable.map((field) => ({ field, message: UNSTORABLE_TEXT_MESSAGE })),
    });
  }
  return validate(schema, body);
}

async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/json" && !/^application\/[\w.-]+\+json$/.test(type)) {
    throw new ApiProblem(
      415,
      "unsupported-media-type",
      "Unsupported media type",
      "Send the body as application/json.",
      {
        headers: { "Accept-Post": "application/json" },
      },
    );
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await readLimited(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiProblem(400, "malformed-json", "Malformed JSON", "The body is not valid JSON.");
  }
  if (jsonDepth(body) > MAX_JSON_DEPTH) {
    throw new ApiProblem(
      400,
      "too-deep",
      "JSON nested too deeply",
      `The body may nest arrays and objects at most ${MAX_JSON_DEPTH} deep.`,
    );
  }
  return body;
}

/** No body of this API nests deeper than a few levels; a deeper one is refused before anything walks it recursively. */
export const MAX_JSON_DEPTH = 32;

/** How deeply arrays and objects nest in a parsed JSON value, counted without recursion (stops past the limit). */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== "object") continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

function tooLarge() {
  return new ApiProblem(413, "too-large", "Body too large", `The body may be at most ${MAX_BODY_BYTES} bytes.`);
}

async function readLimited(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiProblem(400, "malformed-json", "Malformed JSON", "The body is not valid UTF-8.");
  }
}

/** A record's version as a strong entity tag. */
export function etag(version: number): string {
  return `"${version}"`;
}

/** The version an update or delete expects, from If-Match: 428 when missing, 400 when unreadable. */
export function requiredVersion(request: Request): number {
  const header = request.headers.get("if-match")?.trim();
  if (!header) {
    throw new ApiProblem(
      428,
      "precondition-required",
      "Precondition required",
      "Send If-Match with the version (the ETag) you read, so no one's change is lost.",
    );
  }
  const match = header.match(/^(?:W\/)?"?(\d{1,9})"?$/);
  if (!match?.[1]) {
    throw new ApiProblem(400, "bad-if-match", "Malformed If-Match", 'If-Match must be the ETag you read, e.g. "3".', {
      errors: [{ field: "If-Match", message: 'expected an ETag such as "3"' }],
    });
  }
  return Number(match[1]);
}

/** A JSON response carrying the record's version as its ETag. */
export function versionedJson(body: { version: number }, status = 200): Response {
  return Response.json(body, { status, headers: { ETag: etag(body.version), "Cache-Control": "no-store" } });
}

/** Validates a value already in hand (e.g. a PATCH merged onto the record) with the same 422 shape. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ApiProblem(422, "validation", "Invalid body", "Some fields are invalid.", {
      errors: toFieldErrors(result.error),
    });
  }
  return result.data;
}
