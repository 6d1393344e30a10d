import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { FormMessage } from "@/components/admin/form-field";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/i18n/locale";
import { authConfig } from "@/lib/auth/config";
import { currentSession } from "@/lib/auth/current-session";
import { SIGN_IN_ERRORS, SIGN_IN_NOTICES, type SignInError, type SignInNotice } from "@/lib/auth/redirects";
import { safeReturnPath } from "@/lib/auth/return-path";
import { firstValue, type RawSearchParams } from "@/lib/url-state/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

/**
 * Signing in: the company's single sign-on (OIDC_ISSUER), and a bootstrap-token form when
 * ADMIN_TOKEN(S) are set. Plain links and forms: no client script. `?error=` and `?notice=` show
 * one of a fixed set of messages; `?next=` (a path on this site) is where the browser goes after.
 */
export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "Admin" });
  const config = authConfig();
  const next = safeReturnPath(firstValue(query.next), locale);
  const error = SIGN_IN_ERRORS.find((e) => e === firstValue(query.error)) as SignInError | undefined;
  const notice = SIGN_IN_NOTICES.find((n) => n === firstValue(query.notice)) as SignInNotice | undefined;
  const retry = Number(firstValue(query.retry));
  const session = await currentSession();
  const ssoHref = `/api/auth/sso?${new URLSearchParams({ locale, next })}`;
  const hasTokens = config.bootstrapTokens.length > 0;

  return (
    <section className="mx-auto flex max-w-md flex-col gap-4">
      <PageHeading
        title={t("signInTitle")}
        subtitle={config.readRequiresSignIn ? t("signInToRead") : t("signInHelp")}
      />
      {error ? (
        <FormMessage
          message={t(`signInErrors.${error}`, {
            seconds: Number.isInteger(retry) && retry > 0 && retry < 100_000 ? retry : 60,
          })}
          tone="error"
        />
      ) : null}
      {notice ? <FormMessage message={t(`signInNotices.${notice}`)} tone="info" /> : null}
      {session ? (
        <div
          className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 text-sm"
          data-testid="signed-in"
        >
          <p>
            {t("signedInAs", {
              name: session.displayName,
              role: session.role === "editor" ? t("roleEditor") : t("roleViewer"),
            })}
          </p>
          <a href={next} className="self-start text-accent underline">
            {t("continue")}
          </a>
          <form action="/api/auth/sign-out" method="post">
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5">
              {t("signOut")}
            </button>
          </form>
        </div>
      ) : (
        <>
          {config.oidc ? (
            <a
              href={ssoHref}
              className="rounded-md bg-accent px-4 py-3 text-center font-medium text-white"
              data-testid="sso-sign-in"
            >
              {config.oidc.displayName ? t("signInWith", { provider: config.oidc.displayName }) : t("signInSso")}
            </a>
          ) : null}
          {hasTokens ? (
            <details open={!config.oidc} className="rounded-lg border border-slate-200 bg-white p-5 text-sm">
              <summary className="cursor-pointer font-medium">{t("bootstrapTitle")}</summary>
              <form action="/api/auth/token" method="post" className="mt-3 flex flex-col gap-3">
                <p className="text-slate-600">{t("bootstrapHelp")}</p>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="next" value={next} />
                <label htmlFor="admin-token" className="font-medium text-slate-700">
                  {t("tokenLabel")}
                </label>
                <input
                  id="admin-token"
                  name="token"
                  type="password"
                  autoComplete="current-password"
                  required
                  className="rounded-md border border-slate-300 px-3 py-2"
                />
                <button type="submit" className="self-start rounded-md bg-slate-800 px-4 py-2 font-medium text-white">
                  {t("signIn")}
                </button>
              </form>
            </details>
          ) : null}
          {!config.oidc && !hasTokens ? <FormMessage message={t("signInUnavailable")} tone="error" /> : null}
        </>
      )}
    </section>
  );
}
