import { NextResponse } from "next/server";

import type { AppLocale } from "@/i18n/routing";

/** Why the sign-in page was shown again; each has a message in both languages (Admin.signInErrors). */
export const SIGN_IN_ERRORS = [
  "invalid-token",
  "missing-token",
  "throttled",
  "sso-failed",
  "sso-not-started",
  "sso-unavailable",
  "bad-origin",
] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];
export const SIGN_IN_NOTICES = ["signed-out", "ended-all"] as const;
export type SignInNotice = (typeof SIGN_IN_NOTICES)[number];

/** The sign-in page, with what happened and where to go afterwards. */
export function signInPath(
  locale: AppLocale,
  query: { error?: SignInError; retry?: number; notice?: SignInNotice; next?: string } = {},
): string {
  const params = new URLSearchParams();
  if (query.error) params.set("error", query.error);
  if (query.retry) params.set("retry", String(query.retry));
  if (query.notice) params.set("notice", query.notice);
  if (query.next && query.next !== `/${locale}/admin`) params.set("next", query.next);
  const search = params.toString();
  return `/${locale}/sign-in${search ? `?${search}` : ""}`;
}

/** 303 to a path on this site (a relative Location: right behind any proxy, whatever host it used). */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}
