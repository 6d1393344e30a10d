import { describe, expect, it } from "vitest";

import { embedAllowedOrigins } from "./allowed-origins";

describe("embedAllowedOrigins", () => {
  it("is this site alone by default", () => {
    expect(embedAllowedOrigins({ PUBLIC_ORIGIN: "https://lens.example.com" })).toEqual({
      thisSite: "https://lens.example.com",
      others: [],
    });
  });

  it("lists this site and the configured origins, or none for 'none'", () => {
    expect(embedAllowedOrigins({ PORT: "4000", EMBED_ALLOWED_ORIGINS: "'self' https://wiki.example.com" })).toEqual({
      thisSite: "http://localhost:4000",
      others: ["https://wiki.example.com"],
    });
    expect(embedAllowedOrigins({ EMBED_ALLOWED_ORIGINS: "https://wiki.example.com" })).toEqual({
      thisSite: "http://localhost:3000",
      others: ["https://wiki.example.com"],
    });
    expect(embedAllowedOrigins({ EMBED_ALLOWED_ORIGINS: "'none'" })).toEqual({ thisSite: null, others: [] });
  });
});
