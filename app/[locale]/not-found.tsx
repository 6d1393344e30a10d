import { getLocale } from "next-intl/server";

import { NotFoundMessage } from "@/components/layout/not-found-message";
import type { AppLocale } from "@/i18n/routing";

// notFound() from a page (an unknown model, saved scenario…): Next draws this on the client only
// (vercel/next.js#62228), so paths no view matches are answered by [...rest]/page.tsx instead.
export default async function LocaleNotFound() {
  return <NotFoundMessage locale={(await getLocale()) as AppLocale} />;
}
