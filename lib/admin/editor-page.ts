import "server-only";

import { getTranslations } from "next-intl/server";

import type { AppLocale } from "@/i18n/routing";

import type { SessionPrincipal } from "../auth/session";
import { listCompanies } from "../db/models";
import { pick } from "../locale";
import { adminPageAccess } from "./session";

/** A company as the admin forms offer it: its slug and its name in the page's language. */
export type CompanyChoice = { slug: string; name: string };

type AdminTranslator = Awaited<ReturnType<typeof getTranslations<"Admin">>>;

export type EditorPage =
  | { editor: false; principal: SessionPrincipal; t: AdminTranslator }
  | { editor: true; principal: SessionPrincipal; t: AdminTranslator; companies: CompanyChoice[] };

/**
 * The start of every page that edits a record: the session (without one, a redirect to sign in and
 * back to `path`), the Admin messages and, for an editor, the companies the form offers. A viewer
 * gets `editor: false` and the page shows the frame's notice only.
 */
export async function loadEditorPage(locale: AppLocale, path: string): Promise<EditorPage> {
  const principal = await adminPageAccess(locale, path);
  const t = await getTranslations({ locale, namespace: "Admin" });
  if (principal.role !== "editor") return { editor: false, principal, t };
  const companies = await listCompanies();
  return {
    editor: true,
    principal,
    t,
    companies: companies.map((c) => ({ slug: c.slug, name: pick(locale, c.nameZh, c.nameEn) })),
  };
}
