import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale prefixes and the "/" redirect (NEXT_LOCALE cookie, then Accept-Language, else zh).
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
