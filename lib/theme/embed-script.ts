/**
 * The script of every embed page (app/embed/), inline in <head> so it runs before first paint; the
 * embed pages' CSP allows it by its hash (lib/security/headers.ts). It
 * - sets the theme: `theme=dark|light` in the embed's URL, else the host page's choice (posted by
 *   public/embed.js as {type: "capex-lens:theme"}), else the system's, and follows the system;
 * - reports the page's height to the host ({type: "capex-lens:height"}), whenever it changes, so
 *   public/embed.js sizes the iframe to its content (Datawrapper's responsive embed does the same),
 *   and again when the host asks ({type: "capex-lens:size"}): embed.js loads `async`, so its listener
 *   may come after the first report, and asks each iframe once it listens.
 * The height is posted to any origin: it says nothing the host could not see by framing the page.
 */
export const EMBED_SCRIPT = `(function(){try{var d=document.documentElement,m=matchMedia("(prefers-color-scheme: dark)"),t=new URLSearchParams(location.search).get("theme"),h=null,p=0,a=function(){var s=t==="dark"||t==="light"?t:h;d.classList.toggle("dark",s?s==="dark":m.matches)},r=function(f){var b=document.body;if(!b)return;var n=Math.ceil(b.getBoundingClientRect().height);if(f||n!==p){p=n;parent.postMessage({type:"capex-lens:height",height:n},"*")}};a();m.addEventListener("change",a);addEventListener("message",function(e){var v=e.data;if(e.source!==parent||!v)return;if(v.type==="capex-lens:theme"&&(v.theme==="dark"||v.theme==="light")){h=v.theme;a()}if(v.type==="capex-lens:size")r(true)});addEventListener("DOMContentLoaded",function(){new ResizeObserver(function(){r()}).observe(document.body);r()})}catch(e){}})()`;

/** CSP source for EMBED_SCRIPT: 'sha256-…' of its exact text (embed-script.test.ts recomputes it). */
export const EMBED_SCRIPT_CSP_HASH = "'sha256-+BZRRaoURZ6vPpyDaRP3oGnuieQlsMnCHXb6dkubX1U='";
