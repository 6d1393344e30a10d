/**
 * The site's public origin, for every absolute URL the app writes (canonical, og:url, og:image):
 * PUBLIC_ORIGIN when set (e.g. https://lens.example.com), else the address `npm start` serves on.
 * Never the request's Host or X-Forwarded-Host: those name whatever the client likes, and a cached
 * page would hand the first requester's choice to everyone.
 */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

export function configuredOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.PUBLIC_ORIGIN?.trim();
  if (configured && ORIGIN.test(configured)) return configured;
  const port = Number(env.PORT);
  return `http://localhost:${Number.isInteger(port) && port > 0 ? port : 3000}`;
}

/**
 * Why the server must not start with these settings, or null. A production server (next start)
 * without PUBLIC_ORIGIN would name http://localhost:$PORT in every preview, canonical link and export
 * it hands out, and guessing the origin from the request's Host would let any client choose it: so
 * PUBLIC_ORIGIN is required there, http://localhost:… included when the server really is local. A
 * PUBLIC_ORIGIN that is not an origin is refused everywhere rather than silently replaced.
 */
export function publicOriginProblem(env: Record<string, string | undefined> = process.env): string | null {
  const configured = env.PUBLIC_ORIGIN?.trim();
  if (configured)
    return ORIGIN.test(configured)
      ? null
      : `PUBLIC_ORIGIN=${JSON.stringify(configured)} is not an origin: scheme, host and optional port, no path (e.g. https://lens.example.com)`;
  if (env.NODE_ENV !== "production") return null;
  return "PUBLIC_ORIGIN is not set: a production server names it in every link preview, canonical link and export. Set it to the address readers use (e.g. PUBLIC_ORIGIN=https://lens.example.com), or for a server only this machine reaches, PUBLIC_ORIGIN=http://localhost:3000";
}

/** At server start (instrumentation.ts): stops the process when publicOriginProblem finds one. */
export function refuseUnsafePublicOrigin(): void {
  const problem = publicOriginProblem();
  if (!problem) return;
  console.error(`\n${problem}\nThe server did not start.\n`);
  process.exit(1);
}
