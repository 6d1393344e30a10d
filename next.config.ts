import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

import { cachedPageCsp, STATIC_SECURITY_HEADERS, SUMMARY_CACHE_CONTROL } from "./lib/security/headers";

const staticHeaders = Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "@prisma/adapter-pg",
    "@napi-rs/canvas",
  ],
  poweredByHeader: false,
  // ETags only ever apply to cached pages (the Summary), where hashing ~90 kB of HTML on every hit
  // cost a fifth of the request; the page is revalidated on writes, not by conditional requests.
  generateEtags: false,
  experimental: {
    // Cached pages live in memory only: a restart (e.g. onto another database) renders them afresh.
    isrFlushToDisk: false,
    // app/global-not-found.tsx: paths no view matches get a localized 404 rendered on the server.
    globalNotFound: true,
  },
  // The proxy (proxy.ts) sets every security header at request time; it skips the build's static
  // assets and the cached Summary, which get the request-independent ones here.
  async headers() {
    return [
      { source: "/_next/static/:path*", headers: staticHeaders },
      {
        source: "/:locale(zh|en)",
        headers: [
          ...staticHeaders,
          { key: "Content-Security-Policy", value: cachedPageCsp({ dev: process.env.NODE_ENV === "development" }) },
          // The app revalidates this page itself on every write; Next's default for it,
          // s-maxage=31536000, would let a shared cache serve a stale copy for a year.
          // Next keeps a Cache-Control set here (send-payload.js) instead of writing its own.
          { key: "Cache-Control", value: SUMMARY_CACHE_CONTROL },
        ],
      },
    ];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
