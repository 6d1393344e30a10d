/**
 * The script of every embed page (app/embed/), inline in <head> so it runs before first paint; the
 * embed pages' CSP allows it by its hash (lib/security/headers.ts). It
 * - sets the theme: `theme=dark|light` in the embed's URL, else the host page's choice (posted by
 *   public/embed.js as {type: "capex-lens:theme"}), else the system's, and follows the system;
 * - reports the page's height to the host ({type: "capex-lens:height"}), whenever it changes, so
 *   public/embed.js sizes the iframe to its content (Datawrapper's responsive embed does the same).
 * The height is posted to any origin: it says nothing the host could not see by framing the page.
 */
export const EMBED_SCRIPT = `(function(){try{var d=document.documentElement,m=matchMedia("(prefers-color-scheme: dark)"),t=new URLSearchParams(location.search).get("theme"),h=null,a=function(){var s=t==="dark"||t==="light"?t:h;d.classList.toggle("dark",s?s==="dark":m.matches)};a();m.addEventListener("change",a);addEventListener("message",function(e){var v=e.data;if(e.source===parent&&v&&v.type==="capex-lens:theme"&&(v.theme==="dark"||v.theme==="light")){h=v.theme;a()}});var p=0,r=function(){var n=Math.ceil(document.body.getBoundingClientRect().height);if(n!==p){p=n;parent.postMessage({type:"capex-lens:height",height:n},"*")}};addEventListener("DOMContentLoaded",function(){new ResizeObserver(r).observe(document.body);r()})}catch(e){}})()`;

/** CSP source for EMBED_SCRIPT: 'sha256-…' of its exact text (embed-script.test.ts recomputes it). */
export const EMBED_SCRIPT_CSP_HASH = "'sha256-+b2PEPkDWtSH0792nOzSUkYwG8F20wDlRv6uCPcymiU='";
