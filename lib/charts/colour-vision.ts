/**
 * Colour maths for checking the chart palette (lib/charts/tokens.ts): WCAG contrast, OKLab
 * lightness and distance, and colour-vision-deficiency simulation (Machado, Oliveira and Fernandes
 * 2009, full severity, applied in linear sRGB). The palette's unit tests use it to prove that the
 * colours sharing a chart stay apart for readers with protanopia, deuteranopia or tritanopia.
 */
export type Rgb = [number, number, number];
export type Deficiency = "protanopia" | "deuteranopia" | "tritanopia";

const MACHADO: Record<Deficiency, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** "#0072b2" → linear-light sRGB channels in 0…1. */
export function hexToLinear(hex: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const value = parseInt(match[1]!, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
}

/** WCAG 2 relative luminance. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToLinear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio (1…21). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** A colour as seen with a deficiency (linear sRGB in, linear sRGB out). */
export function simulate(linear: Rgb, deficiency: Deficiency): Rgb {
  const m = MACHADO[deficiency];
  return m.map((row) => clamp01(row[0]! * linear[0] + row[1]! * linear[1] + row[2]! * linear[2])) as Rgb;
}

/** OKLab (Björn Ottosson, 2020) of linear sRGB: L in 0…1 is perceived lightness. */
export function linearToOklab([r, g, b]: Rgb): Rgb {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** Perceived lightness (OKLab L, 0…1) of a colour. */
export function lightness(hex: string): number {
  return linearToOklab(hexToLinear(hex))[0];
}

/** Perceptual distance (OKLab ΔE, 0…~1) between two colours, as seen with normal vision or a deficiency. */
export function distance(a: string, b: string, deficiency?: Deficiency): number {
  const see = (hex: string) => linearToOklab(deficiency ? simulate(hexToLinear(hex), deficiency) : hexToLinear(hex));
  const [p, q] = [see(a), see(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The smallest distance between two colours over normal vision and the three deficiencies. */
export function worstCaseDistance(a: string, b: string): number {
  return Math.min(
    distance(a, b),
    ...(["protanopia", "deuteranopia", "tritanopia"] as const).map((deficiency) => distance(a, b, deficiency)),
  );
}
