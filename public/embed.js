/*
 * AI Capex Lens embeds: sizes each <iframe data-capex-lens-embed> to the height its page reports
 * (as Datawrapper's responsive embeds do), and tells the embed the host page's light/dark choice.
 * Loaded from the app's own origin by the embed snippet; no inline code, so a host page with a strict
 * CSP runs it when its script-src allows this origin (or its nonce is added to the <script> tag).
 */
(function () {
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : null;
  if (!origin || window.capexLensEmbed) return;
  window.capexLensEmbed = true;

  /** The host page's theme when it declares one (a dark class, data-theme, or color-scheme), else null. */
  function hostTheme() {
    var root = document.documentElement;
    var declared = root.getAttribute("data-theme") || root.getAttribute("data-color-scheme");
    if (declared === "dark" || declared === "light") return declared;
    if (root.classList.contains("dark")) return "dark";
    var scheme = getComputedStyle(root).colorScheme;
    return scheme === "dark" || scheme === "light" ? scheme : null;
  }

  function frames() {
    return Array.prototype.filter.call(document.querySelectorAll("iframe[data-capex-lens-embed]"), function (frame) {
      return frame.contentWindow && new URL(frame.src, location.href).origin === origin;
    });
  }

  function sendTheme(frame) {
    var theme = hostTheme();
    if (theme) frame.contentWindow.postMessage({ type: "capex-lens:theme", theme: theme }, origin);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "capex-lens:height") return;
    var height = Math.round(Number(data.height));
    if (!(height > 0 && height < 20000)) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      // CSSOM, not a style attribute: allowed under a host CSP without style-src 'unsafe-inline'.
      frame.style.height = height + "px";
      frame.style.border = "0";
      if (!frame.capexLensThemed) {
        frame.capexLensThemed = true;
        sendTheme(frame);
      }
    });
  });

  // This script loads async: an iframe may have reported its height before the listener above
  // existed, and reports again only when the height changes. Ask each one now; a frame still loading
  // drops the request (another origin's document) and reports on its own once loaded.
  frames().forEach(function (frame) {
    frame.contentWindow.postMessage({ type: "capex-lens:size" }, origin);
  });

  // A host page with its own toggle: follow it while the embed is shown.
  new MutationObserver(function () {
    frames().forEach(sendTheme);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["class", "data-theme", "data-color-scheme", "style"] });
})();
