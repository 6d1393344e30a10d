"use client";

import { useLocale, useMessages } from "next-intl";
import { useEffect } from "react";

/**
 * A view that failed to render (a database error, say) shows this inside the locale layout, in the
 * reader's language. Its strings come from the messages the layout hands the provider (the ErrorPage
 * section only: next-intl's client formatter would cost ~11 kB, plain strings nothing). Server-rendered
 * with the failed page, so it reads without JavaScript; the link works without it too.
 */
export default function LocaleError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const { ErrorPage: text } = useMessages();
  const locale = useLocale();
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" data-testid="error-page" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">{text.title}</h1>
      <p className="mt-4 text-slate-600">{text.body}</p>
      <div className="mt-6 flex justify-center gap-3">
        {/* Next's retry refreshes the server's data, then renders the view again. */}
        <button type="button" onClick={retry} className="rounded-md bg-accent px-4 py-2 text-white">
          {text.retry}
        </button>
        <a href={`/${locale}`} className="rounded-md border border-slate-300 px-4 py-2">
          {text.back}
        </a>
      </div>
    </div>
  );
}
