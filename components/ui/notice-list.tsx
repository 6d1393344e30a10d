import { getTranslations } from "next-intl/server";

import { capNotices, type ShownNotice } from "@/lib/url-state/notice";

import { CurrentNotices } from "./current-notices";

/**
 * Shows what a deep link got wrong (each notice already localized); renders nothing when all was
 * understood. A notice leaves the screen once its parameter is fixed or removed (CurrentNotices).
 * At most five are sent and listed, then "and N more": a link with a thousand bad parameters stays a
 * page, not a list. `compact` is the embedded views' variant: one small block above the chart, so an
 * iframe still says why it shows defaults without pushing the chart out of view.
 */
export async function NoticeList({ notices, compact = false }: { notices: ShownNotice[]; compact?: boolean }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("Notices");
  const { shown, hidden } = capNotices(notices);
  return (
    <CurrentNotices
      title={t("title")}
      notices={shown}
      more={hidden > 0 ? t("more", { count: hidden }) : null}
      compact={compact}
    />
  );
}
