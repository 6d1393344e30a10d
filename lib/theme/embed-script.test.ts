import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";

import { EMBED_SCRIPT, EMBED_SCRIPT_CSP_HASH } from "./embed-script";

/** Runs the script against a fake embed page (the URL's query, the system's theme, a host window). */
function runEmbedScript({ search, systemDark }: { search: string; systemDark: boolean }) {
  const classes = new Set<string>();
  const listeners: Record<string, ((event: unknown) => void)[]> = {};
  const posted: unknown[] = [];
  const host = { postMessage: (message: unknown) => posted.push(message) };
  const document = {
    documentElement: {
      classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) },
    },
    body: { getBoundingClientRect: () => ({ height: 612.3 }) },
  };
  class ResizeObserver {
    observe() {}
  }
  new Function("document", "location", "matchMedia", "addEventListener", "parent", "ResizeObserver", EMBED_SCRIPT)(
    document,
    { search },
    () => ({ matches: systemDark, addEventListener: () => undefined }),
    (type: string, listener: (event: unknown) => void) => (listeners[type] ??= []).push(listener),
    host,
    ResizeObserver,
  );
  const fire = (type: string, event: unknown = {}) => listeners[type]?.forEach((listener) => listener(event));
  return {
    dark: () => classes.has("dark"),
    hostSays: (theme: string, source: unknown = host) =>
      fire("message", { source, data: { type: "capex-lens:theme", theme } }),
    hostAsksSize: (source: unknown = host) => fire("message", { source, data: { type: "capex-lens:size" } }),
    loaded: () => fire("DOMContentLoaded"),
    posted,
  };
}

describe("the embed script", () => {
  it("follows the system, then the host page's choice", () => {
    const embed = runEmbedScript({ search: "?embed=1", systemDark: false });
    expect(embed.dark()).toBe(false);
    embed.hostSays("dark");
    expect(embed.dark()).toBe(true);
    // Only the framing page speaks for the host.
    embed.hostSays("light", {});
    expect(embed.dark()).toBe(true);
  });

  it("keeps theme= from its URL whatever the host or the system says", () => {
    const embed = runEmbedScript({ search: "?embed=1&theme=light", systemDark: true });
    expect(embed.dark()).toBe(false);
    embed.hostSays("dark");
    expect(embed.dark()).toBe(false);
    expect(runEmbedScript({ search: "?theme=dark", systemDark: false }).dark()).toBe(true);
  });

  it("reports its height to the host, in whole pixels", () => {
    const embed = runEmbedScript({ search: "", systemDark: false });
    embed.loaded();
    expect(embed.posted).toEqual([{ type: "capex-lens:height", height: 613 }]);
  });

  it("reports its height again when the host asks (embed.js may start listening after the first report)", () => {
    const embed = runEmbedScript({ search: "", systemDark: false });
    embed.loaded();
    embed.hostAsksSize();
    expect(embed.posted).toEqual([
      { type: "capex-lens:height", height: 613 },
      { type: "capex-lens:height", height: 613 },
    ]);
    // Only the framing page may ask.
    embed.hostAsksSize({});
    expect(embed.posted).toHaveLength(2);
  });

  it("is allowed by the CSP hash of its exact text", () => {
    expect(EMBED_SCRIPT_CSP_HASH).toBe(`'sha256-${createHash("sha256").update(EMBED_SCRIPT).digest("base64")}'`);
  });
});
