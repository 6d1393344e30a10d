import { describe, expect, it } from "vitest";

import { adminDonePath, parseAdminDone } from "./done";

const query = (path: string) => Object.fromEntries(new URL(path, "http://x").searchParams);

describe("admin outcome in the URL", () => {
  it("round-trips what the actions write", () => {
    for (const done of [
      { done: "saved", model: "o1", version: 3 },
      { done: "created", capex: 12, version: 1 },
      { done: "deleted", model: "e2e-x" },
    ] as const) {
      expect(parseAdminDone(query(adminDonePath("en", done)))).toEqual(done);
    }
  });

  it("shows nothing for unknown outcomes or keys that are not a record's", () => {
    expect(parseAdminDone(query("/en/admin?done=hacked&model=o1"))).toBeNull();
    expect(parseAdminDone(query("/en/admin?done=saved&model=%3Cimg%20src%3Dx%3E"))).toBeNull();
    expect(parseAdminDone(query("/en/admin?done=saved&capex=0"))).toBeNull();
    expect(parseAdminDone(query("/en/admin?done=saved"))).toBeNull();
    expect(parseAdminDone(query("/en/admin?done=saved&model=o1&version=abc"))).toEqual({ done: "saved", model: "o1" });
  });
});
