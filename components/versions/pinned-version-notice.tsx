"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useQueryState } from "nuqs";

import { DATA_VERSION_PARAM, dataVersionParser } from "@/lib/url-state/data-version";

type Props = {
  /** "此链接显示 2026 年 12 月 3 日的数据；此后有 3 处更新", in the page's language. */
  text: string;
  version: number;
  /** The view's path, e.g. "/zh/capex"; the changes view's, e.g. "/zh/changes". */
  viewPath: string;
  changesPath: string;
  /** Which view's changes (`of=`, lib/versions/pinned-views.ts); without it, capex's. */
  changesOf?: "models" | "training";
  labels: { viewLatest: string; viewChanges: string };
  compact?: boolean;
};

/**
 * What a pinned link (`v=`) shows: the data of its version, how many updates came since, and the
 * way to the current figures and to the list of changes. The links follow the address bar (the view
 * edits its state in place), and the notice goes once the address bar no longer holds this version.
 */
export function PinnedVersionNotice({
  text,
  version,
  viewPath,
  changesPath,
  changesOf,
  labels,
  compact = false,
}: Props) {
  const search = useSearchParams();
  const [pinned] = useQueryState(DATA_VERSION_PARAM, dataVersionParser);
  if (pinned !== version) return null;
  const state = new URLSearchParams(search);
  state.delete(DATA_VERSION_PARAM);
  state.delete("embed");
  const latest = state.size > 0 ? `${viewPath}?${state}` : viewPath;
  // Capex's state rides along as it is; another view's goes whole in `state=` (Models has its own `from=`).
  const changes = `${changesPath}?${new URLSearchParams([
    ["from", String(version)],
    ...(changesOf ? [["of", changesOf], ...(state.size > 0 ? [["state", state.toString()]] : [])] : [...state]),
  ])}`;
  const target = compact ? "_blank" : undefined;
  return (
    <div
      role="status"
      data-testid="pinned-version"
      className={`rounded-md border border-sky-300 bg-sky-50 text-sky-950 ${compact ? "mb-2 px-2.5 py-1.5 text-xs" : "mb-6 px-4 py-3 text-sm"}`}
    >
      <span>{text}</span>
      <span aria-hidden="true"> · </span>
      <Link href={latest} target={target} className="font-medium underline underline-offset-2">
        {labels.viewLatest}
      </Link>
      <span aria-hidden="true"> · </span>
      <Link href={changes} target={target} className="font-medium underline underline-offset-2">
        {labels.viewChanges}
      </Link>
    </div>
  );
}
