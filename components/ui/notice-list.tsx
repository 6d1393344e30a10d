import { getTranslations } from "next-intl/server";
import { capNotices } from "@/lib/url-state/notice";

/**
 * Shows what a deep link got wrong (each notice already localized); renders nothing when all was
 * understood. `compact` is the embedded views' variant: one small block above the chart, so an
 * iframe still says why it shows defaults without pushing the chart out of view. At most five are
 * listed, then "and N more": a link with a thousand bad parameters stays a page, not a list.
 */
export async function NoticeList({ notices, compact = false }: { notices: string[]; compact?: boolean }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("Notices");
  const { shown, hidden } = capNotices(notices);
  return (
    <div
      role="status"
      data-testid="url-notices"
      className={`rounded-md border border-amber-300 bg-amber-50 text-amber-900 ${compact ? "mb-2 px-2.5 py-1.5 text-xs" : "mb-6 px-4 py-3 text-sm"}`}
    >
      <p className="font-medium">{t("title")}</p>
      <ul className={compact ? "list-disc pl-4" : "mt-1 list-disc pl-5"}>
        {shown.map((notice, index) => (
          <li key={index}>{notice}</li>
        ))}
        {hidden > 0 ? <li data-testid="url-notices-more">{t("more", { count: hidden })}</li> : null}
      </ul>
    </div>
  );
}
