import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AdminFrame } from "@/components/admin/admin-frame";
import { resolveLocale } from "@/i18n/locale";
import { changedFields, formatDateTimeUtc } from "@/lib/admin/display";
import { adminPageAccess } from "@/lib/admin/session";
import { listAuditEntries } from "@/lib/db/audit";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

const KNOWN = {
  channel: new Set(["admin", "api", "import"]),
  action: new Set(["create", "update", "delete", "import", "revoke"]),
  entity: new Set(["model", "capexFigure", "dataset", "apiToken"]),
};

/** The newest 200 audit entries: when, who (user or token), through which channel, from where, what. */
export default async function AdminAuditPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const principal = await adminPageAccess(locale, `/${locale}/admin/audit`);
  const t = await getTranslations({ locale, namespace: "Admin" });
  const frame = { locale, principal, title: t("auditTitle"), subtitle: t("auditSubtitle"), tab: "audit" as const };
  if (principal.role !== "editor") return <AdminFrame {...frame}>{null}</AdminFrame>;
  const entries = await listAuditEntries(200);
  const label = (group: keyof typeof KNOWN, value: string) =>
    KNOWN[group].has(value) ? t(`audit.${group}.${value}` as Parameters<typeof t>[0]) : value;
  const th = "px-3 py-2 text-left font-medium";
  const td = "px-3 py-2 align-top";
  return (
    <AdminFrame {...frame}>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="audit-log">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th className={th}>{t("colWhen")}</th>
              <th className={th}>{t("colWho")}</th>
              <th className={th}>{t("colChannel")}</th>
              <th className={th}>{t("colAddress")}</th>
              <th className={th}>{t("colWhat")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 ? (
              <tr>
                <td className={td} colSpan={5}>
                  {t("noAudit")}
                </td>
              </tr>
            ) : null}
            {entries.map((entry) => {
              const changed = (entry.action === "update" ? changedFields(entry.before, entry.after) : []).map(
                (field) =>
                  t.has(`fields.${field}` as Parameters<typeof t.has>[0])
                    ? t(`fields.${field}` as Parameters<typeof t>[0])
                    : field,
              );
              return (
                <tr key={entry.id} className="border-t border-slate-100" data-testid="audit-entry">
                  <td className={`${td} whitespace-nowrap`}>{formatDateTimeUtc(new Date(entry.at), locale)}</td>
                  <td className={td}>
                    <span data-testid="audit-actor">{entry.actor}</span>
                    <div className="text-xs text-slate-500">
                      {entry.actorKind === "user"
                        ? t("audit.kind.user")
                        : entry.actorKind === "system"
                          ? t("audit.kind.system")
                          : t("audit.kind.token")}
                    </div>
                  </td>
                  <td className={td} data-testid="audit-channel">
                    {label("channel", entry.channel)}
                  </td>
                  <td className={`${td} font-mono text-xs`}>{entry.address ?? "—"}</td>
                  <td className={td}>
                    {label("action", entry.action)} · {label("entity", entry.entity)}{" "}
                    <span className="font-mono text-xs">{entry.entityKey}</span>
                    {changed.length > 0 ? (
                      <div className="text-xs text-slate-500">
                        {t("changedFields", { fields: changed.join(locale === "zh" ? "、" : ", ") })}
                      </div>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </AdminFrame>
  );
}
