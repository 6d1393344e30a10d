import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";

import { THEME_SCRIPT, THEME_SCRIPT_CSP_HASH, THEME_STORAGE_KEY } from "./theme-script";

/** Runs the script against a fake document and window, as the browser would before first paint. */
function runThemeScript({ stored, systemDark }: { stored: string | null; systemDark: boolean }) {
  const classes = new Set<string>();
  const listeners: (() => void)[] = [];
  const media = {
    matches: systemDark,
    addEventListener: (_event: string, listener: () => void) => listeners.push(listener),
  };
  const storage = new Map(stored === null ? [] : [[THEME_STORAGE_KEY, stored]]);
  const document = {
    documentElement: {
      classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) },
    },
  };
  new Function("document", "localStorage", "matchMedia", THEME_SCRIPT)(
    document,
    { getItem: (key: string) => storage.get(key) ?? null },
    () => media,
  );
  return {
    dark: () => classes.has("dark"),
    systemChanges: (dark: boolean) => ((media.matches = dark), listeners.forEach((listener) => listener())),
  };
}

describe("the theme script", () => {
  it("follows the system when the reader has not chosen, also when the system changes", () => {
    const page = runThemeScript({ stored: null, systemDark: true });
    expect(page.dark()).toBe(true);
    page.systemChanges(false);
    expect(page.dark()).toBe(false);
  });

  it("keeps the reader's choice whatever the system says", () => {
    expect(runThemeScript({ stored: "light", systemDark: true }).dark()).toBe(false);
    const dark = runThemeScript({ stored: "dark", systemDark: false });
    expect(dark.dark()).toBe(true);
    dark.systemChanges(false);
    expect(dark.dark()).toBe(true);
  });

  it("is allowed by the CSP hash of its exact text", () => {
    expect(THEME_SCRIPT_CSP_HASH).toBe(`'sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}'`);
  });
});
