import { randomBytes } from "node:crypto";

import { randomSecret, secretHash } from "./secrets";

/**
 * Named API tokens look like `cl_<publicId>_<secret>`: the public id (12 letters and digits) finds
 * the token and names it in logs and throttling; the secret (43 base64url characters) proves it.
 * The database keeps the public id and the SHA-256 of the whole token.
 */
const TOKEN = /^cl_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function publicId(): string {
  // 62 letters; bytes ≥ 248 are skipped so every letter is equally likely.
  let id = "";
  while (id.length < 12) {
    for (const byte of randomBytes(16)) if (byte < 248 && id.length < 12) id += ALPHABET[byte % 62];
  }
  return id;
}

export type NewApiToken = { token: string; publicId: string; secretHash: string };

export function newApiToken(): NewApiToken {
  const id = publicId();
  const token = `cl_${id}_${randomSecret()}`;
  return { token, publicId: id, secretHash: secretHash(token) };
}

/** The public id of something shaped like an API token, or null (e.g. a bootstrap token). */
export function apiTokenPublicId(presented: string): string | null {
  return TOKEN.exec(presented)?.[1] ?? null;
}
