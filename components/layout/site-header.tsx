import { getTranslations } from "next-intl/server";
import { Suspense } from "react";

import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";

import { LocaleSwitcher, LocaleSwitcherLink } from "./locale-switcher";
import { NavLinks, type NavItem } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";

export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Nav" });
  const meta = await getTranslations({ locale, namespace: "Meta" });
  const items: NavItem[] = [
    { href: "/", label: t("summary") },
    { href: "/models", label: t("models") },
    { href: "/capex", label: t("capex") },
    { href: "/training", label: t("training") },
  ];
  const otherLocale: AppLocale = locale === "zh" ? "en" : "zh";
  const switcher = { locale: otherLocale, label: t("switchLocale"), ariaLabel: t("switchLocaleLabel") };
  return (
    <header className="print-hidden border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2 font-semibold tracking-tight text-slate-900">
          <span className="inline-block h-3 w-3 rounded-sm bg-accent" aria-hidden="true" />
          {meta("appName")}
        </Link>
        <nav aria-label={t("label")} className="order-last w-full overflow-x-auto sm:order-none sm:w-auto">
          <NavLinks items={items} />
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <ThemeToggle label={t("darkMode")} />
          {/* useSearchParams needs a boundary; without JS the fallback still links to the same path. */}
          <Suspense fallback={<LocaleSwitcherLink {...switcher} />}>
            <LocaleSwitcher {...switcher} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
