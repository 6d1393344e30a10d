"use client";

import { parseAsStringLiteral, useQueryState } from "nuqs";
import { useEffect, useRef } from "react";

import { CAPEX_SECTIONS, type CapexSection } from "@/lib/capex/view-state";

import type { AfterNoteLabels } from "./labels";

/**
 * Links to the after-the-note sections. The section is in the URL (`section=`), so a shared link, Back
 * and Forward open the page at it; choosing one writes it (a history entry), scrolls there and moves the
 * focus into it (each section is focusable with tabIndex -1), so the next Tab continues from there.
 */
export function AfterNoteSectionNav({
  labels,
  hrefs,
}: {
  labels: AfterNoteLabels;
  hrefs: Record<CapexSection, string>;
}) {
  const [section, setSection] = useQueryState(
    "section",
    parseAsStringLiteral(CAPEX_SECTIONS).withOptions({ history: "push", scroll: false }),
  );
  // Opened at a section (a shared link, a reload): go there once.
  const opened = useRef(section);
  useEffect(() => {
    if (opened.current) scrollToSection(opened.current);
  }, []);
  // Back and Forward: the browser has restored the entry's scroll; then go to the section its address names.
  useEffect(() => {
    const onPopState = () => {
      const name = new URLSearchParams(window.location.search).get("section");
      if (name) requestAnimationFrame(() => scrollToSection(name));
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);
  return (
    <nav aria-label={labels.navLabel} className="flex flex-wrap gap-2" data-testid="after-note-nav">
      {CAPEX_SECTIONS.map((name) => (
        <a
          key={name}
          href={hrefs[name]}
          aria-current={section === name ? "true" : undefined}
          onClick={(event) => {
            event.preventDefault();
            // Scroll once the new entry is written, so the one left behind keeps the reader's place for Back.
            if (section === name) scrollToSection(name, true);
            else void setSection(name).then(() => scrollToSection(name, true));
          }}
          className="inline-flex min-h-9 items-center rounded-full border border-slate-300 bg-white px-3 text-sm text-slate-700 hover:bg-slate-100 aria-[current]:border-accent aria-[current]:text-accent"
        >
          {labels[`section_${name}`]}
        </a>
      ))}
    </nav>
  );
}

function scrollToSection(name: string, focus = false) {
  const target = document.getElementById(name);
  target?.scrollIntoView({ block: "start" });
  if (focus) target?.focus({ preventScroll: true });
}
