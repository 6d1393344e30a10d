/**
 * Whether a form post comes from this site: its Origin must name the host the request was sent
 * to (X-Forwarded-Host behind a proxy). A missing or unparsable Origin fails closed.
 */
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
