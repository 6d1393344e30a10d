import { describe, expect, it } from "vitest";

import { embedSnippet, embedUrl, linkAsHtml, shareableUrl } from "./share-url";

describe("shareableUrl", () => {
  it("keeps the view's state and drops embed mode and the fragment", () => {
    expect(shareableUrl("https://lens.example/en/models?embed=1&region=CN&access=open#chart")).toBe(
      "https://lens.example/en/models?region=CN&access=open",
    );
  });
  it("takes the view's own query when given", () => {
    expect(shareableUrl("https://lens.example/zh/capex?preset=flat&embed=1", "preset=guidance&aapl=10")).toBe(
      "https://lens.example/zh/capex?preset=guidance&aapl=10",
    );
  });
  it("keeps which panels show their table, with the view's own query", () => {
    expect(shareableUrl("https://lens.example/zh/capex?preset=flat&table=capex-plans&embed=1", "preset=guidance")).toBe(
      "https://lens.example/zh/capex?preset=guidance&table=capex-plans",
    );
  });
  it("leaves a link without state as it is", () => {
    expect(shareableUrl("http://localhost:3000/zh")).toBe("http://localhost:3000/zh");
  });
});

describe("linkAsHtml", () => {
  it("makes the title a link to the URL, escaped", () => {
    expect(linkAsHtml("Capex <by> company & “guidance”", "https://lens.example/en/capex?preset=guidance&aapl=10")).toBe(
      '<a href="https://lens.example/en/capex?preset=guidance&amp;aapl=10">Capex &lt;by&gt; company &amp; “guidance”</a>',
    );
  });
});

describe("embedding", () => {
  it("adds embed=1 to the shared link", () => {
    expect(embedUrl("https://lens.example/zh/capex?preset=guidance&aapl=10")).toBe(
      "https://lens.example/zh/capex?preset=guidance&aapl=10&embed=1",
    );
    expect(embedUrl("https://lens.example/en/training")).toBe("https://lens.example/en/training?embed=1");
  });

  it("names the one chart panel to show, and a shared link leaves it and the theme out", () => {
    expect(embedUrl("https://lens.example/en/capex?preset=flat", "capex-sensitivity")).toBe(
      "https://lens.example/en/capex?preset=flat&embed=1&panel=capex-sensitivity",
    );
    expect(shareableUrl("https://lens.example/en/capex?preset=flat&embed=1&panel=capex-sensitivity&theme=dark")).toBe(
      "https://lens.example/en/capex?preset=flat",
    );
  });

  it("gives an iframe of the view in embed mode, titled and sized, with the resize script from the app's origin", () => {
    expect(
      embedSnippet({
        url: "https://lens.example/en/models?region=CN",
        title: 'Releases "by month"',
        height: 512.4,
        panel: "models-releases",
      }),
    ).toBe(
      '<iframe src="https://lens.example/en/models?region=CN&amp;embed=1&amp;panel=models-releases" title="Releases &quot;by month&quot;" width="100%" height="512" style="border:0" loading="lazy" data-capex-lens-embed></iframe>\n<script src="https://lens.example/embed.js" async></script>',
    );
  });
});
