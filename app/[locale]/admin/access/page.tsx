import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AdminFrame } from "@/components/admin/admin-frame";
import { ApiTokenForm } from "@/components/admin/api-token-form";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { FormMessage } from "@/components/admin/form-field";
import { resolveLocale } from "@/i18n/locale";
import { browserName, formatDateTimeUtc } from "@/lib/admin/display";
import { adminPageAccess } from "@/lib/admin/session";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_LIFETIMES_DAYS, isExpired } from "@/lib/auth/api-token-expiry";
import { authConfig } from "@/lib/auth/config";
import { listApiTokens } from "@/lib/db/api-tokens";
import { listUserSessions } from "@/lib/db/sessions";
import { firstValue, type RawSearchParams } from "@/lib/url-state/search-params";

import { createApiToken, revokeToken } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

/** API tokens (made, listed and revoked here) and the signed-in editor's own sessions. */
export default async function AdminAccessPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const principal = await adminPageAccess(locale, `/${locale}/admin/access`);
  const t = await getTranslations({ locale, namespace: "Admin" });
  const te = await getTranslations({ locale, namespace: "tokenExpiry" });
  const frame = { locale, principal, title: t("accessTitle"), subtitle: t("accessSubtitle"), tab: "access" as const };
  if (principal.role !== "editor") return <AdminFrame {...frame}>{null}</AdminFrame>;

  const now = new Date();
  const [tokens, sessions] = await Promise.all([
    listApiTokens(),
    listUserSessions(principal.user.id, now, new Date(now.getTime() - authConfig().session.idleSeconds * 1000)),
  ]);
  const revoked = firstValue((await searchParams).done) === "revoked";
  const when = (date: Date) => formatDateTimeUtc(date, locale);
  const th = "px-3 py-2 text-left font-medium";
  const td = "px-3 py-2 align-top";

  return (
    <AdminFrame {...frame}>
      <div className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("tokensHeading")}</h2>
        <p className="max-w-3xl text-sm text-slate-600">{t("tokensHelp")}</p>
        {revoked ? <FormMessage message={t("tokenRevoked")} tone="info" /> : null}
        <ApiTokenForm
          create={createApiToken}
          locale={locale}
          labels={{
            name: t("tokenName"),
            nameHelp: t("tokenNameHelp"),
            create: t("createToken"),
            created: t.raw("tokenCreated") as string,
            shownOnce: t("tokenShownOnce"),
            copy: t("copyToken"),
            copied: t("copiedToken"),
            lifetime: te("lifetime"),
            lifetimes: API_TOKEN_LIFETIMES_DAYS.map((days) => ({ days, label: te("days", { days }) })),
            defaultDays: API_TOKEN_DEFAULT_DAYS,
          }}
        />
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="api-tokens">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className={th}>{t("colTokenName")}</th>
                <th className={th}>{t("colOwner")}</th>
                <th className={th}>{t("colCreated")}</th>
                <th className={th}>{te("column")}</th>
                <th className={th}>{t("colLastUsed")}</th>
                <th className={th}>{t("colStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.length === 0 ? (
                <tr>
                  <td className={td} colSpan={6}>
                    {t("noTokens")}
                  </td>
                </tr>
              ) : (
                tokens.map((token) => (
                  <tr key={token.id} className="border-t border-slate-100" data-token={token.name}>
                    <td className={`${td} font-medium`}>
                      {token.name}
                      <div className="font-mono text-xs font-normal text-slate-500">cl_{token.publicId}_…</div>
                    </td>
                    <td className={td}>{token.owner}</td>
                    <td className={td}>{when(token.createdAt)}</td>
                    <td className={td} data-testid="token-expires">
                      {token.expiresAt && !isExpired(token.expiresAt, now)
                        ? when(token.expiresAt)
                        : te("expired", { when: token.expiresAt ? when(token.expiresAt) : "?" })}
                    </td>
                    <td className={td} data-testid="token-last-used">
                      {token.lastUsedAt
                        ? t("lastUsed", { when: when(token.lastUsedAt), address: token.lastUsedAddress ?? "?" })
                        : t("neverUsed")}
                    </td>
                    <td className={td}>
                      {token.revokedAt ? (
                        <span className="text-slate-500">
                          {t("tokenRevokedBy", { who: token.revokedBy ?? "?", when: when(token.revokedAt) })}
                        </span>
                      ) : (
                        <ConfirmActionForm
                          action={revokeToken}
                          locale={locale}
                          fields={{ id: token.id }}
                          labels={{
                            open: t("revokeToken"),
                            question: t("revokeTokenQuestion", { name: token.name }),
                            confirm: t("confirmRevoke"),
                            cancel: t("cancel"),
                          }}
                          testId="revoke-token"
                        />
                      )}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </div>

      <div className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("sessionsHeading")}</h2>
        <p className="max-w-3xl text-sm text-slate-600">
          {t("sessionsHelp", {
            idle: Math.round(authConfig().session.idleSeconds / 60),
            max: Math.round(authConfig().session.maxSeconds / 3600),
          })}
        </p>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="sessions">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className={th}>{t("colSignedIn")}</th>
                <th className={th}>{t("colLastSeen")}</th>
                <th className={th}>{t("colExpires")}</th>
                <th className={th}>{t("colAddress")}</th>
                <th className={th}>{t("colBrowser")}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} className="border-t border-slate-100">
                  <td className={td}>
                    {when(session.createdAt)}
                    {session.id === principal.sessionId ? (
                      <span className="ml-2 rounded bg-accent-soft px-1.5 py-0.5 text-xs text-accent">
                        {t("thisSession")}
                      </span>
                    ) : null}
                  </td>
                  <td className={td}>{when(session.lastSeenAt)}</td>
                  <td className={td}>{when(session.expiresAt)}</td>
                  <td className={td}>{session.address ?? "—"}</td>
                  <td className={td}>{browserName(session.userAgent) ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <details
          className="max-w-3xl rounded-md border border-red-200 bg-red-50/40 px-3 py-2 text-sm"
          data-testid="end-all-sessions"
        >
          <summary className="cursor-pointer font-medium text-red-800">{t("endAllSessions")}</summary>
          <form action="/api/auth/sign-out" method="post" className="mt-2 flex flex-col gap-2">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="scope" value="all" />
            <p className="text-slate-700">{t("endAllQuestion", { count: sessions.length })}</p>
            <button type="submit" className="self-start rounded-md bg-red-700 px-3 py-1.5 font-medium text-white">
              {t("confirmEndAll")}
            </button>
          </form>
        </details>
      </div>
    </AdminFrame>
  );
}
