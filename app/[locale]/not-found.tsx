import { getLocale } from "next-intl/server";

import { NotFoundMessage } from "@/components/layout/not-found-message";
import type { AppLocale } from "@/i18n/routing";

// Status 404 with this page; Next 16 draws it on the client only (vercel/next.js#62228), so without
// JavaScript the body stays empty.
export default async function LocaleNotFound() {
  return <NotFoundMessage locale={(await getLocale()) as AppLocale} />;
}
