import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import type { AppLocale } from "@/i18n/routing";

import { currentSession, requestAddress } from "../auth/current-session";
import { signInPath } from "../auth/redirects";
import type { SessionPrincipal } from "../auth/session";
import type { AuditActor } from "../db/audit";
import { isSameOrigin } from "../request/same-origin";

/**
 * Who may see an admin page: a signed-in editor, or a signed-in viewer (who is told so). Without a
 * session the page sends the browser to sign in, and back here afterwards.
 */
export async function adminPageAccess(locale: AppLocale, path: string): Promise<SessionPrincipal> {
  const session = await currentSession();
  if (!session) redirect(signInPath(locale, { next: path }));
  return session;
}

export type ActionAccess =
  | { ok: true; principal: SessionPrincipal; actor: AuditActor }
  | { ok: false; reason: "bad-origin" | "signed-out" | "not-editor" };

/**
 * Every admin action checks the Origin and the session itself: an action is a public POST
 * endpoint, whatever page rendered its form. The actor is what the audit log records.
 */
export async function editorAction(): Promise<ActionAccess> {
  if (!(await postedFromThisSite())) return { ok: false, reason: "bad-origin" };
  const principal = await currentSession();
  if (!principal) return { ok: false, reason: "signed-out" };
  if (principal.role !== "editor") return { ok: false, reason: "not-editor" };
  return {
    ok: true,
    principal,
    actor: { name: principal.displayName, kind: "user", channel: "admin", address: await requestAddress() },
  };
}

/** Whether the current (server action) request was posted from this site. */
export async function postedFromThisSite(): Promise<boolean> {
  const h = await headers();
  return isSameOrigin(h.get("origin"), h.get("x-forwarded-host") ?? h.get("host"));
}
