import "server-only";
import type { ReactNode } from "react";
import satori from "satori";
import sharp from "sharp";
import { loadOgFonts } from "./fonts";

export const OG_SIZE = { width: 1200, height: 630 } as const;

/**
 * What Satori may load for text its fonts lack: nothing. (next/og's ImageResponse cannot be told
 * this: its loader sends the text to Google Fonts and emoji to a CDN, and hangs where the network
 * is closed.) Every font is passed up front (fonts.ts); a glyph none has, an emoji included, is
 * drawn as nothing.
 */
async function noAdditionalAsset(): Promise<[]> {
  return [];
}

/**
 * Draws a link-preview element as a 1200×630 PNG: Satori lays it out into SVG (on this thread, tens
 * of ms once the fonts are parsed), sharp rasterises it (libvips, off the main thread). The same
 * two steps next/og takes, with local fonts only.
 */
export async function renderOgPng(element: ReactNode): Promise<Buffer> {
  const { fonts } = await loadOgFonts();
  const svg = await satori(element, { ...OG_SIZE, fonts, loadAdditionalAsset: noAdditionalAsset });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
