"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

import { EXPORT_FORMATS_ORDER, type ExportFormat } from "@/lib/charts/tokens";
import { fillTemplate } from "@/lib/template";

import { useExportActions, type ExportAction, type ExportSubject } from "./use-export-actions";

export type { ChartPanelLabels } from "@/lib/charts/panel-labels";
export type ExportToolbarProps = ExportSubject;

const FORMAT_LABEL = { slide: "sizeSlide", document: "sizeDocument" } as const satisfies Record<ExportFormat, string>;

/** Moves focus along a list of elements with the arrow keys, Home and End (roving tab stop). */
function rovingKeys(
  event: KeyboardEvent,
  count: number,
  current: number,
  focus: (index: number) => void,
  vertical: boolean,
) {
  const next = vertical
    ? { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: count - 1 }[event.key]
    : {
        ArrowRight: current + 1,
        ArrowDown: current + 1,
        ArrowLeft: current - 1,
        ArrowUp: current - 1,
        Home: 0,
        End: count - 1,
      }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  focus((next + count) % count);
}

/**
 * The export and share actions of a chart or a table. A wide chart panel (and every table) shows
 * them as a toolbar: one tab stop, arrow keys between controls (the ARIA toolbar pattern), with the
 * image size as a radio pair. A narrow chart panel (a phone, or a panel in a two-column grid) shows
 * one "Share / Download" menu button (the ARIA menu button pattern) with the same actions as
 * 44-px rows. Results are announced in a polite live region that also shows them.
 */
export function ExportToolbar(props: ExportToolbarProps) {
  const { labels, title } = props;
  const exports = useExportActions(props);
  const { status, embedCode } = exports;
  const embedId = useId();
  return (
    <div data-export-toolbar="" className="print-hidden flex min-w-0 flex-col items-end gap-1">
      <ActionsToolbar {...exports} title={title} labels={labels} hasChart={Boolean(props.chart)} embedId={embedId} />
      {props.chart ? <ActionsMenu {...exports} labels={labels} embedId={embedId} /> : null}
      <div role="status" aria-live="polite" className="min-h-5 text-right text-xs text-emerald-700">
        {status?.text}
        {status?.manualCopy ? (
          <input
            readOnly
            value={status.manualCopy}
            aria-label={labels.copyLink}
            onFocus={(event) => event.currentTarget.select()}
            className="ml-2 w-72 max-w-full rounded border border-slate-300 px-1 text-slate-700"
          />
        ) : null}
      </div>
      {embedCode !== null ? (
        <div
          id={embedId}
          className="w-full max-w-xl self-stretch rounded-md border border-slate-200 bg-slate-50 p-3 text-left text-sm sm:self-end"
          data-testid="embed-code"
        >
          <label htmlFor={`${embedId}-code`} className="font-medium text-slate-800">
            {labels.embedTitle}
          </label>
          <p className="mt-0.5 text-xs text-slate-600">{labels.embedHint}</p>
          <p className="mt-0.5 text-xs text-slate-600" data-testid="embed-allowed">
            {labels.embedAllowed}
          </p>
          <textarea
            id={`${embedId}-code`}
            readOnly
            rows={3}
            value={embedCode}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-2 w-full resize-none rounded border border-slate-300 bg-white p-2 font-mono text-xs text-slate-800"
          />
          <button
            type="button"
            onClick={exports.copyEmbedCode}
            className="mt-1 min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-700 hover:bg-slate-100 sm:min-h-8"
          >
            {labels.copyCode}
          </button>
        </div>
      ) : null}
    </div>
  );
}

type Exports = ReturnType<typeof useExportActions>;

const controlClass =
  "min-h-11 rounded-md border border-slate-300 bg-white px-2.5 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent sm:min-h-8";

function ActionsToolbar({
  actions,
  format,
  setFormat,
  embedCode,
  title,
  labels,
  hasChart,
  embedId,
}: Exports & { title: string; labels: ExportToolbarProps["labels"]; hasChart: boolean; embedId: string }) {
  const [focusIndex, setFocusIndex] = useState(0);
  const controls = useRef<(HTMLElement | null)[]>([]);
  // Download PNG and Copy image first, then the size they use, then the rest.
  const [imageActions, otherActions] = [
    actions.filter((action) => action.id === "png" || action.id === "copy-image"),
    actions.filter((action) => action.id !== "png" && action.id !== "copy-image"),
  ];
  const sizes = hasChart ? EXPORT_FORMATS_ORDER : [];
  const count = imageActions.length + sizes.length + otherActions.length;
  const focus = (index: number) => {
    setFocusIndex(index);
    controls.current[index]?.focus();
  };
  const stop = (index: number) => ({
    ref: (element: HTMLElement | null) => {
      controls.current[index] = element;
    },
    tabIndex: index === focusIndex ? 0 : -1,
    onFocus: () => setFocusIndex(index),
  });
  const actionButton = (action: ExportAction, index: number) =>
    action.href ? (
      <a
        key={action.id}
        href={action.href}
        download
        {...stop(index)}
        className={`${controlClass} inline-flex items-center`}
      >
        {action.label}
      </a>
    ) : (
      <button
        key={action.id}
        type="button"
        {...stop(index)}
        onClick={action.run}
        className={controlClass}
        {...(action.id === "embed"
          ? { "aria-expanded": embedCode !== null, "aria-controls": embedCode !== null ? embedId : undefined }
          : {})}
      >
        {action.label}
      </button>
    );
  return (
    <div
      role="toolbar"
      aria-label={fillTemplate(labels.toolbar, { title })}
      aria-orientation="horizontal"
      onKeyDown={(event) => rovingKeys(event, count, focusIndex, focus, false)}
      className={`${hasChart ? "hidden @2xl:flex" : "flex"} flex-wrap items-center justify-end gap-1.5`}
    >
      {imageActions.map((action, index) => actionButton(action, index))}
      {sizes.length ? (
        <div
          role="radiogroup"
          aria-label={labels.sizeLabel}
          className="inline-flex overflow-hidden rounded-md border border-slate-300"
        >
          {sizes.map((size, offset) => (
            <button
              key={size}
              type="button"
              role="radio"
              aria-checked={format === size}
              {...stop(imageActions.length + offset)}
              onClick={() => setFormat(size)}
              className="min-h-8 px-2.5 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent aria-checked:bg-accent aria-checked:text-white"
            >
              {labels[FORMAT_LABEL[size]]}
            </button>
          ))}
        </div>
      ) : null}
      {otherActions.map((action, offset) => actionButton(action, imageActions.length + sizes.length + offset))}
    </div>
  );
}

function ActionsMenu({
  actions,
  format,
  setFormat,
  embedCode,
  labels,
  embedId,
}: Exports & { labels: ExportToolbarProps["labels"]; embedId: string }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLElement | null)[]>([]);
  const [active, setActive] = useState(0);
  const count = EXPORT_FORMATS_ORDER.length + actions.length;

  useEffect(() => {
    if (!open) return;
    items.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const closeOnOutside = (event: PointerEvent) => {
      if (!button.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOnOutside);
    return () => document.removeEventListener("pointerdown", closeOnOutside);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const openMenu = (first: number) => {
    setActive(first);
    setOpen(true);
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    } else {
      rovingKeys(event, count, active, setActive, true);
    }
  };
  const item =
    "flex min-h-11 w-full items-center gap-2 px-3 text-left text-sm text-slate-800 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none";
  const ref = (index: number) => (element: HTMLElement | null) => {
    items.current[index] = element;
  };

  return (
    <div className="relative @2xl:hidden">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu(0))}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            openMenu(event.key === "ArrowDown" ? 0 : count - 1);
          }
        }}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
      >
        {labels.shareMenu}
        <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" className="fill-current">
          <path d="M2 4l4 4 4-4z" />
        </svg>
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label={labels.shareMenu}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 z-30 mt-1 w-64 max-w-[calc(100vw-2rem)] rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          <div role="group" aria-label={labels.sizeLabel}>
            <p aria-hidden="true" className="px-3 pt-1 text-xs font-medium text-slate-500">
              {labels.sizeLabel}
            </p>
            {EXPORT_FORMATS_ORDER.map((size, index) => (
              <div
                key={size}
                ref={ref(index)}
                role="menuitemradio"
                aria-checked={format === size}
                tabIndex={-1}
                onClick={() => setFormat(size)}
                onKeyDown={(event) => {
                  if (event.key === "Enter" || event.key === " ") {
                    event.preventDefault();
                    setFormat(size);
                  }
                }}
                className={`${item} cursor-pointer`}
              >
                <span aria-hidden="true" className="inline-block w-4 text-accent">
                  {format === size ? "✓" : ""}
                </span>
                {labels[FORMAT_LABEL[size]]}
              </div>
            ))}
          </div>
          <div role="separator" className="my-1 border-t border-slate-200" />
          {actions.map((action, offset) =>
            action.href ? (
              <a
                key={action.id}
                ref={ref(EXPORT_FORMATS_ORDER.length + offset)}
                href={action.href}
                download
                role="menuitem"
                tabIndex={-1}
                onClick={() => close(true)}
                className={item}
              >
                <span aria-hidden="true" className="inline-block w-4" />
                {action.label}
              </a>
            ) : (
              <button
                key={action.id}
                ref={ref(EXPORT_FORMATS_ORDER.length + offset)}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close(true);
                  action.run();
                }}
                {...(action.id === "embed" ? { "aria-controls": embedCode !== null ? embedId : undefined } : {})}
                className={item}
              >
                <span aria-hidden="true" className="inline-block w-4" />
                {action.label}
              </button>
            ),
          )}
        </div>
      ) : null}
    </div>
  );
}
