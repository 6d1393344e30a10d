import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // The proxy (proxy.ts) sets every security header at request time; it skips the build's static
  // assets, which get the request-independent ones here.
  async headers() {
    const headers = Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
    return [{ source: "/_next/static/:path*", headers }];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
