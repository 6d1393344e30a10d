import { describe, expect, it } from "vitest";

import { parseAuthConfig } from "./config";
import { BOOTSTRAP_ISSUER, roleFor } from "./roles";

const config = parseAuthConfig({
  EDITOR_EMAILS: "ann@example.com",
  EDITOR_GROUPS: "capex-editors",
  ADMIN_TOKENS: `ops=${"o".repeat(32)}`,
});
const user = (email: string | null, groups: string[] = []) => ({ issuer: "https://idp", subject: "s", email, groups });

describe("roleFor", () => {
  it("makes editors by e-mail (any case) or group, everyone else a viewer", () => {
    expect(roleFor(user("Ann@Example.com"), config)).toBe("editor");
    expect(roleFor(user("bo@example.com", ["staff", "capex-editors"]), config)).toBe("editor");
    expect(roleFor(user("bo@example.com", ["staff"]), config)).toBe("viewer");
    expect(roleFor(user(null), config)).toBe("viewer");
  });

  it("keeps a bootstrap user an editor only while their token is configured", () => {
    expect(roleFor({ issuer: BOOTSTRAP_ISSUER, subject: "ops", email: null, groups: [] }, config)).toBe("editor");
    expect(roleFor({ issuer: BOOTSTRAP_ISSUER, subject: "gone", email: null, groups: [] }, config)).toBeNull();
  });
});
