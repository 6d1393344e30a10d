import "server-only";
import { cookies, headers } from "next/headers";
import { authorizeToken, editorTokens, type AuthResult } from "../auth/admin-token";
import { isSameOrigin } from "./same-origin";

/** The admin pages keep the editor's token in this httpOnly, SameSite=Strict cookie. */
export const ADMIN_COOKIE = "capex_lens_admin";

/** Checks the cookie's token exactly like the API checks a bearer token. */
export async function adminSession(): Promise<AuthResult> {
  const token = (await cookies()).get(ADMIN_COOKIE)?.value;
  return authorizeToken(token, editorTokens());
}

/** Whether the current (server action) request was posted from this site. */
export async function postedFromThisSite(): Promise<boolean> {
  const h = await headers();
  return isSameOrigin(h.get("origin"), h.get("x-forwarded-host") ?? h.get("host"));
}

export async function storeAdminToken(token: string): Promise<void> {
  const h = await headers();
  const https = (h.get("x-forwarded-proto") ?? h.get("origin")?.split(":")[0]) === "https";
  (await cookies()).set(ADMIN_COOKIE, token, { httpOnly: true, sameSite: "strict", secure: https, path: "/", maxAge: 60 * 60 * 12 });
}

export async function clearAdminToken(): Promise<void> {
  (await cookies()).delete(ADMIN_COOKIE);
}
