"use client";

import { useSearchParams } from "next/navigation";

import { isNoticeCurrent, type ShownNotice } from "@/lib/url-state/notice";

type Props = { title: string; notices: ShownNotice[]; more: string | null; compact: boolean };

/**
 * The link's notices that still describe the address bar: the page rendered them for the URL it was
 * loaded with, and the views edit the URL in place (or come back from the router cache), so each
 * notice is shown only while its parameters keep the values it was about. `more` ("and N more")
 * stands for the notices the page left out, and goes with the last of the listed ones.
 */
export function CurrentNotices({ title, notices, more, compact }: Props) {
  const search = useSearchParams();
  const current = notices.filter((notice) => isNoticeCurrent(notice, search));
  if (current.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="url-notices"
      className={`rounded-md border border-amber-300 bg-amber-50 text-amber-900 ${compact ? "mb-2 px-2.5 py-1.5 text-xs" : "mb-6 px-4 py-3 text-sm"}`}
    >
      <p className="font-medium">{title}</p>
      <ul className={compact ? "list-disc pl-4" : "mt-1 list-disc pl-5"}>
        {current.map((notice) => (
          <li key={notice.text}>{notice.text}</li>
        ))}
        {more ? <li data-testid="url-notices-more">{more}</li> : null}
      </ul>
    </div>
  );
}
