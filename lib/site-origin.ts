/**
 * The site's public origin, for every absolute URL the app writes (canonical, og:url, og:image):
 * PUBLIC_ORIGIN when set (e.g. https://lens.example.com), else the address `npm start` serves on.
 * Never the request's Host or X-Forwarded-Host: those name whatever the client likes, and a cached
 * page would hand the first requester's choice to everyone.
 */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.PUBLIC_ORIGIN?.trim();
  if (configured && /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(configured)) return configured;
  const port = Number(env.PORT);
  return `http://localhost:${Number.isInteger(port) && port > 0 ? port : 3000}`;
}
