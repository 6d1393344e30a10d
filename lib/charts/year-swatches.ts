import { tint, type ChartPalette } from "./tokens";

export type Swatch = { fill: string; stroke?: string };

/**
 * The legend swatches of charts that draw each company's 2024 light (outlined) and its 2025 in
 * full colour beside the actual 2025: neutral stand-ins for the company colours, told apart by
 * lightness and outline in either theme. The legend names the series ("2024 (filings)"), never a
 * shade, since a theme turns light into dark.
 */
export function yearSwatches(palette: ChartPalette): { y2024: Swatch; y2025: Swatch; actual2025: Swatch } {
  return {
    y2024: { fill: tint(palette.muted, palette.surface), stroke: palette.muted },
    y2025: { fill: tint(palette.muted, palette.surface, 0.3) },
    actual2025: { fill: palette.role.actual2025 },
  };
}
