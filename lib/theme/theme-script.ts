/**
 * Dark mode without a flash of the wrong theme: this script runs in <head> before the first paint
 * and puts `dark` on <html> when the reader chose dark (the header's toggle, kept in localStorage)
 * or, without a choice, when the system prefers dark, and follows the system while no choice is
 * stored. The styles (app/globals.css) do the rest. It is inline so it runs before anything is
 * drawn: the nonce pages' CSP allows it by its hash (lib/security/headers.ts); the cached Summary's
 * policy allows inline scripts.
 */
export const THEME_STORAGE_KEY = "capex-lens-theme";

export const THEME_SCRIPT = `(function(){try{var k="${THEME_STORAGE_KEY}",m=matchMedia("(prefers-color-scheme: dark)"),a=function(){var s=localStorage.getItem(k);document.documentElement.classList.toggle("dark",s?s==="dark":m.matches)};a();m.addEventListener("change",a)}catch(e){}})()`;

/** CSP source for THEME_SCRIPT: 'sha256-…' of its exact text (theme-script.test.ts recomputes it). */
export const THEME_SCRIPT_CSP_HASH = "'sha256-oEsNKst2Bba7NbRwgdQjPWGI8WtW/9pOCkhQ1xuz2Pg='";
