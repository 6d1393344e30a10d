import { describe, expect, it } from "vitest";

import { HOST_SESSION_COOKIE, SESSION_COOKIE, sessionCookieValue, sessionCookieWrites } from "./cookies";

const request = (cookie: string, proto?: string) =>
  new Headers({ cookie, ...(proto ? { "x-forwarded-proto": proto } : {}) });

describe("the session cookie", () => {
  it("is read under the __Host- name over https, never under the bare one", () => {
    const https = { PUBLIC_ORIGIN: "https://lens.example.com" };
    expect(sessionCookieValue(request(`${HOST_SESSION_COOKIE}=new; ${SESSION_COOKIE}=old`), https)).toBe("new");
    // A bare cookie over https is one a sibling subdomain or an http page could have planted.
    expect(sessionCookieValue(request(`${SESSION_COOKIE}=old`), https)).toBeUndefined();
    expect(sessionCookieValue(request(`${SESSION_COOKIE}=old`, "https"), {})).toBeUndefined();
  });

  it("keeps the bare name on plain http (loopback), where browsers refuse __Host- cookies", () => {
    expect(sessionCookieValue(request(`${SESSION_COOKIE}=plain`), {})).toBe("plain");
    expect(sessionCookieValue(request(`${HOST_SESSION_COOKIE}=planted`), {})).toBeUndefined();
  });

  it("is set Secure with Path=/ over https, and clears the bare cookie of before the prefix", () => {
    expect(sessionCookieWrites(true, "s", 60)).toEqual([
      {
        name: HOST_SESSION_COOKIE,
        value: "s",
        options: expect.objectContaining({ secure: true, path: "/", maxAge: 60 }),
      },
      { name: SESSION_COOKIE, value: "", options: expect.objectContaining({ maxAge: 0, path: "/" }) },
    ]);
    expect(sessionCookieWrites(false, "s", 60)).toEqual([
      { name: SESSION_COOKIE, value: "s", options: expect.objectContaining({ secure: false, path: "/" }) },
    ]);
  });
});
