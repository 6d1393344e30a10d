"use client";

import { createContext, useContext, type ReactNode } from "react";

import type { DataVersionStamp } from "@/lib/export/data-version";

/**
 * The data version a view shows, for its exports and Copy link (lib/export/data-version.ts): the
 * pinned version of a `v=` link, else the latest one when the page was rendered. Null where a view
 * has no versioned data (nothing is then pinned).
 */
const DataVersionContext = createContext<DataVersionStamp | null>(null);

export function DataVersionProvider({ value, children }: { value: DataVersionStamp | null; children: ReactNode }) {
  return <DataVersionContext.Provider value={value}>{children}</DataVersionContext.Provider>;
}

export function useExportDataVersion(): DataVersionStamp | null {
  return useContext(DataVersionContext);
}
