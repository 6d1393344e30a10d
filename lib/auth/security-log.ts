/**
 * Security events, one structured line each (ASVS V7): who, what, from where, and the outcome.
 * Values are reduced to one bounded line with no spaces, so a header or a name cannot forge a
 * second entry; callers pass names, ids and paths, never a secret, token or cookie value.
 */
export type SecurityEvent =
  | "authorization-failure"
  | "origin-refused"
  | "sign-out"
  | "end-all-sessions"
  | "session-expired"
  | "token-expired"
  | "stray-callback";

export type SecurityEventFields = { who: string; what: string; address: string; outcome: string; reason?: string };

const oneLine = (value: string) => value.replace(/[\s\u0000-\u001f\u007f]+/g, "_").slice(0, 160) || "-";

export function securityLogLine(event: SecurityEvent, fields: SecurityEventFields): string {
  const parts = [`who=${oneLine(fields.who)}`, `what=${oneLine(fields.what)}`, `address=${oneLine(fields.address)}`];
  parts.push(`outcome=${oneLine(fields.outcome)}`);
  if (fields.reason) parts.push(`reason=${oneLine(fields.reason)}`);
  return `auth ${event}: ${parts.join(" ")}`;
}

export function logSecurityEvent(event: SecurityEvent, fields: SecurityEventFields): void {
  const line = securityLogLine(event, fields);
  if (fields.outcome === "refused") console.warn(line);
  else console.info(line);
}
