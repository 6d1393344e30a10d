/** Width in "units": a CJK character or full-width mark is two, anything else one (roughly, in the app's fonts). */
function units(text: string): number {
  let total = 0;
  for (const char of text) total += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return total;
}

/**
 * A long category label as lines of at most `maxUnits` (a CJK character counts two), for a narrow
 * chart: broken after a space or a Chinese comma, colon or enumeration mark, and before a
 * parenthesis, so "（H100-80GB）" stays whole; a piece longer than a line keeps a line of its own.
 */
export function wrapToWidth(label: string, maxUnits: number): string[] {
  const pieces = label.split(/(?<=[\s：，、；])|(?=[（(])/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (line && units((line + piece).trimEnd()) > maxUnits) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
