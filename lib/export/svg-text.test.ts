import { describe, expect, it } from "vitest";

import { tidySkiaSvg, withChart, withTitle } from "./svg-text";

const SKIA =
  '<?xml version="1.0" encoding="utf-8" ?><svg xmlns="http://www.w3.org/2000/svg" width="800" height="400">' +
  '<text fill="#123" font-size="30" font-family="WenQuanYi Zen Hei, 文泉驛正黑" x="10, 40, " y="40, ">微软</text>' +
  '<text fill="#123" font-size="30" font-family="Inter" x="" y=""></text>' +
  '<rect x="5" y="6" width="7" height="8"/></svg>';

describe("tidySkiaSvg", () => {
  it("drops the declaration, empty runs and trailing separators, and names the page's font stack", () => {
    const svg = tidySkiaSvg(SKIA);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('x="10 40" y="40"');
    expect(svg).not.toContain('x=""');
    expect(svg).toContain('<rect x="5" y="6"');
    expect(svg).toMatch(/font-family="'Inter', [^"]*'WenQuanYi Zen Hei'[^"]*sans-serif"/);
    expect(svg).toContain(">微软</text>");
  });
});

describe("withChart and withTitle", () => {
  it("nests the chart in its box and gives the file its title, language and view box, escaped", () => {
    const frame = tidySkiaSvg(SKIA);
    const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><path d="M0 0L1 1"/></svg>';
    const svg = withTitle(withChart(frame, chart, { x: 64, y: 200, width: 100, height: 50 }), "A <&> “B”", "d", "zh");
    expect(svg).toContain('<svg x="64" y="200" xmlns="http://www.w3.org/2000/svg" width="100" height="50">');
    expect(svg.endsWith("</svg></svg>")).toBe(true);
    expect(svg).toContain('viewBox="0 0 800 400" xml:lang="zh-CN"');
    expect(svg).toContain("<title>A &lt;&amp;&gt; “B”</title><desc>d</desc>");
  });
});
