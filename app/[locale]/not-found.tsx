import { getLocale } from "next-intl/server";

import { NotFoundMessage } from "@/components/layout/not-found-message";
import type { AppLocale } from "@/i18n/routing";

// For notFound() from a view (an unknown model or short link): status 404 with this page, which Next 16
// draws on the client only (vercel/next.js#62228). Paths no view matches get app/not-found.tsx instead.
export default async function LocaleNotFound() {
  return <NotFoundMessage locale={(await getLocale()) as AppLocale} />;
}
