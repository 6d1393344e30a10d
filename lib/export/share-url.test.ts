import { describe, expect, it } from "vitest";
import { shareableUrl, titledLink } from "./share-url";

describe("shareableUrl", () => {
  it("keeps the view's state and drops embed mode and the fragment", () => {
    expect(shareableUrl("https://lens.example/en/models?embed=1&region=CN&access=open#chart")).toBe("https://lens.example/en/models?region=CN&access=open");
  });
  it("takes the view's own query when given", () => {
    expect(shareableUrl("https://lens.example/zh/capex?preset=flat&embed=1", "preset=guidance&aapl=10")).toBe("https://lens.example/zh/capex?preset=guidance&aapl=10");
  });
  it("leaves a link without state as it is", () => {
    expect(shareableUrl("http://localhost:3000/zh")).toBe("http://localhost:3000/zh");
  });
});

describe("titledLink", () => {
  it("puts the title before the link", () => {
    expect(titledLink("Capex by company", "https://lens.example/en/capex?preset=guidance")).toBe("Capex by company — https://lens.example/en/capex?preset=guidance");
  });
});
