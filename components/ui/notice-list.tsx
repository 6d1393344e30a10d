import { getTranslations } from "next-intl/server";
import type { ShownNotice } from "@/lib/url-state/notice";
import { CurrentNotices } from "./current-notices";

/**
 * Shows what a deep link got wrong (each notice already localized); renders nothing when all was
 * understood. A notice leaves the screen once its parameter is fixed or removed (CurrentNotices).
 * `compact` is the embedded views' variant: one small block above the chart, so an iframe still
 * says why it shows defaults without pushing the chart out of view.
 */
export async function NoticeList({ notices, compact = false }: { notices: ShownNotice[]; compact?: boolean }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("Notices");
  return <CurrentNotices title={t("title")} notices={notices} compact={compact} />;
}
