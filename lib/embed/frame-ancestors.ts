/** Origins allowed to frame embed views: EMBED_ALLOWED_ORIGINS (space-separated), else only this site. */
export function frameAncestors(setting: string | undefined): string {
  const origins = (setting ?? "")
    .split(/\s+/)
    .filter((origin) => /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(origin) || origin === "'self'" || origin === "'none'");
  return origins.length > 0 ? origins.join(" ") : "'self'";
}
