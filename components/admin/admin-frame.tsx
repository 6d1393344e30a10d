import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import type { SessionPrincipal } from "@/lib/auth/session";

import { FormMessage } from "./form-field";

export type AdminTab = "data" | "access" | "audit";

/**
 * Every admin page: its title, the admin's tabs, who is signed in (and in which role) with a
 * sign-out button. A viewer sees a notice instead of the page's content.
 */
export async function AdminFrame({
  locale,
  principal,
  title,
  subtitle,
  tab,
  children,
}: {
  locale: AppLocale;
  principal: SessionPrincipal;
  title: string;
  subtitle?: string;
  tab: AdminTab | null;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "Admin" });
  const tabs: { id: AdminTab; href: string; label: string }[] = [
    { id: "data", href: "/admin", label: t("tabData") },
    { id: "access", href: "/admin/access", label: t("tabAccess") },
    { id: "audit", href: "/admin/audit", label: t("tabAudit") },
  ];
  const editor = principal.role === "editor";
  return (
    <section className="flex flex-col gap-6">
      <PageHeading title={title} subtitle={subtitle}>
        <form action="/api/auth/sign-out" method="post" className="flex flex-wrap items-center gap-3 text-sm">
          <input type="hidden" name="locale" value={locale} />
          <span data-testid="admin-actor">
            {t("signedInAs", { name: principal.displayName, role: editor ? t("roleEditor") : t("roleViewer") })}
          </span>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5">
            {t("signOut")}
          </button>
        </form>
      </PageHeading>
      {editor ? (
        <>
          <nav aria-label={t("tabsLabel")} className="-mt-2 border-b border-slate-200">
            <ul className="flex gap-1 overflow-x-auto text-sm">
              {tabs.map((item) => (
                <li key={item.id}>
                  <Link
                    href={item.href}
                    aria-current={item.id === tab ? "page" : undefined}
                    className={`block border-b-2 px-3 py-2 whitespace-nowrap ${item.id === tab ? "border-accent font-medium text-accent" : "border-transparent text-slate-600 hover:text-slate-900"}`}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {children}
        </>
      ) : (
        <div data-testid="viewer-notice">
          <FormMessage message={t("viewerNotice")} tone="info" />
        </div>
      )}
    </section>
  );
}
