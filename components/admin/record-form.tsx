"use client";

import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { FormMessage } from "./form-field";

type Props = {
  action: (formData: FormData) => void;
  /** Changes after every submission, so inputs are re-seeded from what the server sent back. */
  attempt: number;
  locale: string;
  /** The record's key field (slug or id) and its version for If-Match. */
  recordKey: { name: string; value: string | number };
  version: number;
  message: string | null;
  note: string;
  saveLabel: string;
  backLabel: string;
  pending: boolean;
  children: ReactNode;
};

/** The frame shared by the admin edit forms: hidden key and version, the form-level error, save and back. */
export function RecordForm({ action, attempt, locale, recordKey, version, message, note, saveLabel, backLabel, pending, children }: Props) {
  return (
    <form key={attempt} action={action} className="grid max-w-3xl gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name={recordKey.name} value={recordKey.value} />
      <input type="hidden" name="version" value={version} />
      {message ? (
        <div className="sm:col-span-2">
          <FormMessage message={message} tone="error" />
        </div>
      ) : null}
      {children}
      <p className="text-xs text-slate-500 sm:col-span-2">{note}</p>
      <div className="flex items-center gap-4 sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white disabled:opacity-60">{saveLabel}</button>
        <Link href="/admin" className="text-sm text-accent underline">{backLabel}</Link>
      </div>
    </form>
  );
}
