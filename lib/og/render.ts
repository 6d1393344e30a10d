import "server-only";

import path from "node:path";
import { Worker } from "node:worker_threads";
import { Fragment, type ReactElement, type ReactNode } from "react";

import { loadOgFonts } from "./fonts";

export const OG_SIZE = { width: 1200, height: 630 } as const;

/** A host-element tree (no components), as plain data that can cross to the worker thread. */
type PlainNode = string | number | null | PlainNode[] | { type: string; props: Record<string, unknown> };

/** Calls the function components (the og card's parts), leaving only div/span/svg elements and text. */
export function toPlainTree(node: ReactNode): PlainNode {
  if (node === null || node === undefined || typeof node === "boolean") return null;
  if (typeof node === "string" || typeof node === "number") return node;
  if (typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(toPlainTree);
  if (typeof node !== "object" || !("type" in node)) return null;
  const { type, props } = node as ReactElement<Record<string, unknown> & { children?: ReactNode }>;
  if ((type as unknown) === Fragment) return toPlainTree(props.children);
  if (typeof type === "function") return toPlainTree((type as (props: unknown) => ReactNode)(props));
  if (typeof type !== "string") return null;
  return { type, props: { ...props, children: toPlainTree(props.children) } };
}

type Pending = { resolve: (png: Buffer) => void; reject: (error: Error) => void };
let worker: { thread: Worker; pending: Map<number, Pending> } | null = null;
let nextId = 0;

/**
 * One renderer thread per process, started on first use with the fonts. Satori's layout takes tens
 * to hundreds of ms of CPU per image: on the main thread, every other request would wait for it.
 * If the thread dies, what it held fails and the next render starts a new one.
 */
async function rendererThread() {
  if (worker) return worker;
  const { fonts } = await loadOgFonts();
  if (worker) return worker;
  // A path, not an import: the worker runs as plain ESM from the source tree, outside the bundle.
  const thread = new Worker(path.join(process.cwd(), "lib", "og", "render-worker.mjs"), {
    workerData: { fonts, ...OG_SIZE },
  });
  const pending = new Map<number, Pending>();
  const current = { thread, pending };
  thread.on("message", ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = pending.get(id);
    pending.delete(id);
    if (png) job?.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    else job?.reject(new Error(error ?? "link preview render failed"));
  });
  const fail = (error: Error) => {
    if (worker === current) worker = null;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  thread.on("error", fail);
  thread.on("exit", (code) => fail(new Error(`link preview renderer exited (${code})`)));
  thread.unref();
  worker = current;
  return current;
}

/**
 * Draws a link-preview element as a 1200×630 PNG on the renderer thread: Satori lays it out with
 * local fonts only (fonts.ts; its asset loader answers nothing, so it never fetches a font or an
 * emoji, which next/og's ImageResponse would, from Google Fonts and a CDN), sharp rasterises it.
 */
export async function renderOgPng(element: ReactNode): Promise<Buffer> {
  const { thread, pending } = await rendererThread();
  const tree = toPlainTree(element);
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.postMessage({ id, tree });
  });
}
