import { PNG } from "pngjs";
import { Fragment, createElement as h } from "react";
import { describe, expect, it } from "vitest";

import { renderOgPng, toPlainTree } from "./render";

function Label({ text }: { text: string }) {
  return h("span", { style: { color: "#111" } }, text);
}

describe("toPlainTree", () => {
  it("calls components and keeps host elements, text and arrays as plain data", () => {
    const tree = toPlainTree(
      h("div", { style: { display: "flex" } }, h(Label, { text: "a" }), ["b", null, false], h(Fragment, null, "c")),
    );
    expect(tree).toEqual({
      type: "div",
      props: {
        style: { display: "flex" },
        children: [{ type: "span", props: { style: { color: "#111" }, children: "a" } }, ["b", null, null], "c"],
      },
    });
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
  });
});

describe("renderOgPng", () => {
  it("draws Latin, Chinese, Arabic, Thai and emoji text as a 1200×630 PNG from local fonts", async () => {
    const png = await renderOgPng(
      h(
        "div",
        {
          style: {
            display: "flex",
            flexDirection: "column",
            width: "100%",
            height: "100%",
            background: "#fff",
            fontFamily: "Inter, CJK",
            fontSize: 40,
          },
        },
        h("div", { style: { display: "flex" } }, "Capex 资本开支 مرحبا สวัสดี 🚀"),
      ),
    );
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([1200, 630]);
    // Something dark was drawn on the white background.
    let dark = 0;
    for (let i = 0; i < image.data.length; i += 4) if (image.data[i]! < 100) dark++;
    expect(dark).toBeGreaterThan(500);
  }, 30_000);
});
