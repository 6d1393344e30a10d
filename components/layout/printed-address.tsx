"use client";

import { useSyncExternalStore } from "react";

import { fillTemplate } from "@/lib/template";

import { subscribeToPrint } from "./use-printing";

/**
 * The view's absolute address, on paper only: read when printing starts, so it is the address bar's
 * state (the inputs replace the URL as they change). Empty on the server, and without JavaScript.
 */
export function PrintedAddress({ template }: { template: string }) {
  const href = useSyncExternalStore(
    subscribeToPrint,
    () => window.location.href,
    () => "",
  );
  if (!href) return null;
  return (
    <p data-testid="printed-address" className="mt-8 hidden text-xs break-all text-slate-600 print:block">
      {fillTemplate(template, { url: href })}
    </p>
  );
}
