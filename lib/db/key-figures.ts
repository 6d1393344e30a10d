import "server-only";

import { cache } from "react";

import type { AppLocale } from "@/i18n/routing";
import { pick } from "@/lib/locale";

import { prisma } from "./client";

const readKeyFigures = cache(() => prisma.keyFigure.findMany());

/** The note's key figures by key (e.g. "capex_total_2024"), sources in `locale`; read once per request (React cache). */
export const getKeyFigures = cache(async (locale: AppLocale) => {
  const rows = await readKeyFigures();
  return new Map(
    rows.map(({ sourceZh, sourceEn, ...row }) => [row.key, { ...row, source: pick(locale, sourceZh, sourceEn) }]),
  );
});
