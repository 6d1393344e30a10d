"use client";

import { useSyncExternalStore } from "react";

export function subscribeToPrint(onChange: () => void): () => void {
  const print = window.matchMedia("print");
  // beforeprint comes with window.print() and the browser's Print; the media query's change with
  // print emulation (tests, DevTools). Either way React re-renders before the page is laid out for paper.
  print.addEventListener("change", onChange);
  window.addEventListener("beforeprint", onChange);
  window.addEventListener("afterprint", onChange);
  return () => {
    print.removeEventListener("change", onChange);
    window.removeEventListener("beforeprint", onChange);
    window.removeEventListener("afterprint", onChange);
  };
}

let printing = false;
if (typeof window !== "undefined") {
  window.addEventListener("beforeprint", () => (printing = true));
  window.addEventListener("afterprint", () => (printing = false));
}

/** Whether the page is being printed, so canvases (which CSS cannot recolour) can redraw for paper. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribeToPrint,
    () => printing || window.matchMedia("print").matches,
    () => false,
  );
}
