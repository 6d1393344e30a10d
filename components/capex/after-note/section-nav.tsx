"use client";

import { parseAsStringLiteral, useQueryState } from "nuqs";
import { useEffect, useRef } from "react";

import { CAPEX_SECTIONS, type CapexSection } from "@/lib/capex/view-state";

import type { AfterNoteLabels } from "./labels";

function goTo(name: CapexSection, focus: boolean) {
  const target = document.getElementById(name);
  target?.scrollIntoView({ block: "start" });
  if (focus) target?.focus({ preventScroll: true });
}

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
  const focusOnArrival = useRef(false);
  useEffect(() => {
    if (section) goTo(section, focusOnArrival.current);
    focusOnArrival.current = false;
  }, [section]);
  return (
    <nav aria-label={labels.navLabel} className="flex flex-wrap gap-2" data-testid="after-note-nav">
      {CAPEX_SECTIONS.map((name) => (
        <a
          key={name}
          href={hrefs[name]}
          aria-current={section === name ? "true" : undefined}
          onClick={(event) => {
            event.preventDefault();
            if (section === name) goTo(name, true);
            else {
              focusOnArrival.current = true;
              void setSection(name);
            }
          }}
          className="inline-flex min-h-9 items-center rounded-full border border-slate-300 bg-white px-3 text-sm text-slate-700 hover:bg-slate-100 aria-[current]:border-accent aria-[current]:text-accent"
        >
          {labels[`section_${name}`]}
        </a>
      ))}
    </nav>
  );
}
