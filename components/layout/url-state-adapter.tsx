"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";

import { inParamOrder } from "@/lib/url-state/param-order";

/**
 * The views keep their state in the URL through nuqs (README "Deep links"). One adapter for the whole
 * app, in the layouts, so its navigation watcher drops a pending URL write when the user leaves the
 * page; every write puts the parameters in their documented order.
 */
export function UrlStateAdapter({ children }: { children: ReactNode }) {
  return <NuqsAdapter processUrlSearchParams={inParamOrder}>{children}</NuqsAdapter>;
}
