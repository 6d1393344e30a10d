import { getTranslations } from "next-intl/server";

/** Shows what a deep link got wrong (each notice already localized); renders nothing when all was understood. */
export async function NoticeList({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("Notices");
  return (
    <div role="status" data-testid="url-notices" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-medium">{t("title")}</p>
      <ul className="mt-1 list-disc pl-5">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
