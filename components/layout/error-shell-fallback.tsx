"use client";

import { useServerInsertedHTML } from "next/navigation";
import { useRef } from "react";

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, "\\$&").replace(/\n/g, "\\A ")}"`;

/**
 * The error page's words for readers without JavaScript. When a view fails to render, Next 16 sends an
 * empty recovery document (status 500, its <html> without lang) that only the browser fills in with
 * app/[locale]/error.tsx; nothing of the layout reaches its body. What this layout inserted into the
 * document's head before the view failed does reach it (useServerInsertedHTML), so it inserts, once per
 * response, a style that matches only that recovery document (the one page here without a lang) and
 * writes the message into its body. On every other page the selector matches nothing. See docs/deep-links.md, "Links that lead nowhere".
 */
export function ErrorShellFallback({ title, body }: { title: string; body: string }) {
  const inserted = useRef(false);
  useServerInsertedHTML(() => {
    if (inserted.current) return null;
    inserted.current = true;
    const css =
      `html:not([lang]) body::before{content:${cssString(`${title}\n\n${body}`)};display:block;` +
      "white-space:pre-line;max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center;" +
      "font:1.125rem/1.6 system-ui,sans-serif;color:#0f172a}";
    return (
      <noscript>
        <style>{css}</style>
      </noscript>
    );
  });
  return null;
}
