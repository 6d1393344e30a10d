import Link from "next/link";

import { BCP47 } from "@/lib/vocabulary";

// For notFound() outside a locale's views (the [locale] layout refusing an unknown locale, which the proxy
// normally redirects first): static, since Next renders it into every page, so it is bilingual.
export default function GlobalNotFound() {
  return (
    <html lang={BCP47.zh}>
      <body className="flex min-h-screen items-center justify-center p-8">
        <div className="max-w-md text-center">
          <h1 className="text-2xl font-semibold">页面不存在 · Page not found</h1>
          <p className="mt-4">
            <Link className="text-accent underline" href="/zh">
              返回摘要
            </Link>{" "}
            ·{" "}
            <Link className="text-accent underline" href="/en">
              Back to the summary
            </Link>
          </p>
        </div>
      </body>
    </html>
  );
}
