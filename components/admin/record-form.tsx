"use client";

import type { ReactNode } from "react";

import { Link } from "@/i18n/navigation";

import { FormMessage } from "./form-field";

type Props = {
  action: (formData: FormData) => void;
  /** Changes after every submission, so inputs are re-seeded from what the server sent back. */
  attempt: number;
  locale: string;
  /** Editing: the record's key field (slug or id) and the version it was loaded at (If-Match). Creating: null. */
  record: { keyName: string; key: string | number; version: number } | null;
  message: string | null;
  note: string;
  saveLabel: string;
  backLabel: string;
  pending: boolean;
  children: ReactNode;
};

/** The frame shared by the admin forms: hidden mode, key and version, the form-level error, save and back. */
export function RecordForm({
  action,
  attempt,
  locale,
  record,
  message,
  note,
  saveLabel,
  backLabel,
  pending,
  children,
}: Props) {
  return (
    <form
      key={attempt}
      action={action}
      className="grid max-w-3xl gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2"
      noValidate
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="mode" value={record ? "edit" : "create"} />
      {record ? (
        <>
          <input type="hidden" name={record.keyName} value={record.key} />
          <input type="hidden" name="version" value={record.version} />
        </>
      ) : null}
      {message ? (
        <div className="sm:col-span-2">
          <FormMessage message={message} tone="error" />
        </div>
      ) : null}
      {children}
      <p className="text-xs text-slate-500 sm:col-span-2">{note}</p>
      <div className="flex items-center gap-4 sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {saveLabel}
        </button>
        <Link href="/admin" className="text-sm text-accent underline">
          {backLabel}
        </Link>
      </div>
    </form>
  );
}
