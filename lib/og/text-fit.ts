/**
 * How wide a line of preview text is, from a width model of the preview's fonts (Inter 600 for
 * Latin, Droid Sans Fallback for Chinese: components/og/og-card.tsx), in px. The model errs wide:
 * each character counts as the widest glyph of its class (text-fit.test.ts checks it against the
 * fonts' own advance widths, read with the parser Satori uses), so text the model fits fits on the card.
 */
const WIDE_LATIN: Record<string, number> = {
  M: 0.93,
  W: 1.03,
  m: 0.91,
  w: 0.85,
  "%": 1.01,
  "—": 1.01,
  "@": 1,
  "…": 1.01,
};
// "→" is drawn as a small arrow with margins (og-card.tsx), about 1.4 em.
const ARROW_EM = 1.4;

function charEm(char: string): number {
  if (char === "→") return ARROW_EM;
  const wide = WIDE_LATIN[char];
  if (wide !== undefined) return wide;
  if (char === " ") return 0.29;
  if (/[A-Z]/.test(char)) return 0.78;
  if (/[a-z]/.test(char)) return 0.63;
  if (/[0-9]/.test(char)) return 0.68;
  if (/[.,:;'|!·]/.test(char)) return 0.34;
  if (/[\u0020-\u00ff\u2010-\u2027]/.test(char)) return 0.7;
  // Chinese, full-width punctuation and anything else: one em.
  return 1;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize;
}

/** Characters a line must not start with (Chinese line-breaking rules) or end with. */
const NO_LINE_START = /^[，。、；：？！）」』”’%…,.;:?!)\]–]/;
const NO_LINE_END = /[（「『“‘(\[]$/;

const isCjk = (char: string) => char.codePointAt(0)! > 0x2e7f;

/** Breakable pieces: a Latin word with its trailing spaces, or one Chinese character; punctuation stays with its neighbour. */
function tokens(text: string): string[] {
  const pieces: string[] = [];
  let word = "";
  for (const char of text) {
    if (isCjk(char)) {
      if (word) pieces.push(word);
      word = "";
      pieces.push(char);
    } else if (char === " " || !word.endsWith(" ")) {
      word += char;
    } else {
      pieces.push(word);
      word = char;
    }
  }
  if (word) pieces.push(word);
  const merged: string[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last !== undefined && (NO_LINE_START.test(piece) || NO_LINE_END.test(last)))
      merged[merged.length - 1] = last + piece;
    else merged.push(piece);
  }
  return merged;
}

/** The text broken into lines no wider than `width` (a piece wider than a line gets a line of its own, cut by characters). */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of tokens(text)) {
    if (textWidth((line + piece).trimEnd(), fontSize) <= width) {
      line += piece;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = "";
    for (const char of piece.trimStart()) {
      if (textWidth(line + char, fontSize) > width && line) {
        lines.push(line);
        line = "";
      }
      line += char;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** At most `maxLines` lines of the text; a longer text ends its last line with "…". */
export function clampText(text: string, fontSize: number, width: number, maxLines: number): string[] {
  const lines = wrapText(text, fontSize, width);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`, fontSize) > width) last = [...last].slice(0, -1).join("");
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
