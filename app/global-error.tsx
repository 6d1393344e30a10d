"use client";

import { BCP47 } from "@/lib/vocabulary";

/**
 * Only for an error in a layout itself (the locale layout reads no data, so this should not be seen):
 * it replaces the whole document, outside any locale and without the messages, so it is bilingual like
 * app/not-found.tsx. Errors in a view get the localized app/[locale]/error.tsx.
 */
export default function GlobalError({ retry }: { retry: () => void }) {
  return (
    <html lang={BCP47.zh}>
      <body className="flex min-h-screen items-center justify-center p-8">
        <div role="alert" className="max-w-md text-center">
          <h1 className="text-2xl font-semibold">
            页面暂时无法显示 · <span lang="en">This page cannot be shown right now</span>
          </h1>
          <p className="mt-4 flex justify-center gap-3">
            <button type="button" onClick={retry} className="rounded-md bg-accent px-4 py-2 text-white">
              重试 · <span lang="en">Try again</span>
            </button>
          </p>
        </div>
      </body>
    </html>
  );
}
