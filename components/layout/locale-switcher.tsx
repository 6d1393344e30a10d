"use client";

import { useSearchParams } from "next/navigation";

import { Link, usePathname } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { BCP47 } from "@/lib/vocabulary";

type Props = { locale: AppLocale; label: string; ariaLabel: string };

/** Links to the same view in the other locale, keeping the query so filters and scenarios survive. */
export function LocaleSwitcher(props: Props) {
  const query = useSearchParams().toString();
  return <LocaleSwitcherLink {...props} query={query} />;
}

/** The same link without the query: the fallback while search params are not yet known. */
export function LocaleSwitcherLink({ locale, label, ariaLabel, query = "" }: Props & { query?: string }) {
  const pathname = usePathname();
  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={locale}
      hrefLang={BCP47[locale]}
      aria-label={ariaLabel}
      data-testid="locale-switcher"
      className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm text-slate-700 hover:bg-slate-100 sm:min-h-9"
    >
      {label}
    </Link>
  );
}
