"use client";

import { THEME_STORAGE_KEY } from "@/lib/theme/theme-script";

import { useDarkMode } from "./use-dark-mode";

/**
 * The header's dark-mode switch (a toggle button). The choice is kept in localStorage, where the
 * theme script reads it before the next page's first paint; without a choice the page follows the system.
 */
export function ThemeToggle({ label }: { label: string }) {
  const dark = useDarkMode();
  const toggle = () => {
    document.documentElement.classList.toggle("dark", !dark);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, dark ? "light" : "dark");
    } catch {
      // Storage off (private mode, policy): the switch still works for this page.
    }
  };
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={toggle}
      data-testid="theme-toggle"
      className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border border-slate-300 px-2.5 text-sm text-slate-700 hover:bg-slate-100 sm:min-h-9"
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="fill-current">
        {/* A half-filled circle: the same mark in both themes. */}
        <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.5v11a5.5 5.5 0 0 1 0-11z" />
      </svg>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </button>
  );
}
