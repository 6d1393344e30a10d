import { defineRouting } from "next-intl/routing";

import { LOCALES } from "@/lib/vocabulary";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "zh",
  localePrefix: "always",
  // No `Link: <…>; rel="alternate"` response header: it repeated the whole URL (query included) three
  // times, absolute against the request's Host. Pages give their alternates in <head>, from PUBLIC_ORIGIN.
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];
