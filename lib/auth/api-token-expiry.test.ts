import { describe, expect, it } from "vitest";

import { API_TOKEN_MAX_DAYS, apiTokenExpiry, isExpired } from "./api-token-expiry";

const now = new Date("2026-12-03T12:00:00Z");

describe("apiTokenExpiry", () => {
  it("gives the chosen lifetime from now", () => {
    expect(apiTokenExpiry("30", now)).toEqual(new Date("2027-01-02T12:00:00Z"));
    expect(apiTokenExpiry(7, now)).toEqual(new Date("2026-12-10T12:00:00Z"));
    expect(apiTokenExpiry(String(API_TOKEN_MAX_DAYS), now)).toEqual(new Date("2027-12-03T12:00:00Z"));
  });

  it.each(["0", "366", "3650", "-7", "30.5", "", "abc", null, undefined, 1e9])("refuses %j", (days) => {
    expect(apiTokenExpiry(days, now)).toBeNull();
  });
});

describe("isExpired", () => {
  it("is true from the expiry on, and for a token without one", () => {
    expect(isExpired(new Date(now.getTime() + 1), now)).toBe(false);
    expect(isExpired(now, now)).toBe(true);
    expect(isExpired(null, now)).toBe(true);
  });
});
