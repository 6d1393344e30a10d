/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer[ ]+(\S+)\s*$/i);
  return match?.[1] ?? null;
}
