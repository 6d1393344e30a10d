"use client";

import { useSyncExternalStore, type MouseEvent } from "react";

import { shareableUrl } from "@/lib/export/share-url";

const noSubscription = () => () => undefined;

/**
 * The signature under an embedded view: the product's name and a link that opens the same view,
 * in full, in a new tab (never inside the host page's frame). The link is the address without
 * embed=1, read again on click because an embedded view may update its address as it is used.
 */
export function EmbedSignature({
  appName,
  openLabel,
  fallbackHref,
}: {
  appName: string;
  openLabel: string;
  fallbackHref: string;
}) {
  const href = useSyncExternalStore(
    noSubscription,
    () => shareableUrl(window.location.href),
    () => fallbackHref,
  );
  const refresh = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = shareableUrl(window.location.href);
  };
  return (
    <p
      className="mt-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-t border-slate-200 pt-2 text-xs text-slate-600"
      data-testid="embed-signature"
    >
      <span className="flex items-center gap-1.5 font-semibold text-slate-800">
        <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-sm bg-accent" />
        {appName}
      </span>
      <a
        href={href}
        onClick={refresh}
        target="_blank"
        rel="noopener"
        className="inline-flex min-h-11 items-center text-accent underline sm:min-h-0"
      >
        {openLabel}
        <span aria-hidden="true">&nbsp;↗</span>
      </a>
    </p>
  );
}
