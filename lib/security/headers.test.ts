import { describe, expect, it } from "vitest";

import { EMBED_SCRIPT_CSP_HASH } from "@/lib/theme/embed-script";
import { THEME_SCRIPT_CSP_HASH } from "@/lib/theme/theme-script";

import { cachedPageCsp, frameAncestors, pageCsp } from "./headers";

describe("frameAncestors", () => {
  it("defaults to 'self'", () => {
    expect(frameAncestors(undefined)).toBe("'self'");
    expect(frameAncestors("  ")).toBe("'self'");
  });

  it("keeps well-formed origins and drops anything that could break the policy", () => {
    expect(frameAncestors("https://wiki.example.com http://localhost:8080")).toBe(
      "'self' https://wiki.example.com http://localhost:8080",
    );
    expect(frameAncestors("'none' https://wiki.example.com")).toBe("'none'");
    expect(frameAncestors("https://a.example; script-src * 'self'")).toBe("'self'");
  });
});

describe("pageCsp", () => {
  const csp = pageCsp("abc123", { embedOrigins: "https://wiki.example.com", dev: false });

  it("allows scripts only by nonce (and the theme script by its hash), never eval in production", () => {
    expect(csp).toContain(`script-src 'self' 'nonce-abc123' ${THEME_SCRIPT_CSP_HASH} 'strict-dynamic'`);
    expect(csp).not.toContain("unsafe-eval");
  });

  it("blocks plugins and foreign base URIs and takes frame-ancestors from the embed setting", () => {
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("frame-ancestors 'self' https://wiki.example.com");
  });

  it("allows the embed script, not the theme script, on embed pages", () => {
    const embed = pageCsp("abc123", { embedOrigins: undefined, dev: false, embed: true });
    expect(embed).toContain(`script-src 'self' 'nonce-abc123' ${EMBED_SCRIPT_CSP_HASH} 'strict-dynamic'`);
    expect(embed).not.toContain(THEME_SCRIPT_CSP_HASH);
    expect(embed).toContain("frame-ancestors 'self'");
  });
});

describe("cachedPageCsp", () => {
  const csp = cachedPageCsp({ dev: false });
  it("allows this origin's and inline scripts only, never eval, and keeps every other directive", () => {
    expect(csp).toContain("script-src 'self' 'unsafe-inline';");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("nonce-");
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
  });
});
