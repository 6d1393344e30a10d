import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { clientAddress } from "@/lib/request/forwarded";

import { sessionCookieValue } from "./cookies";
import { sessionFromCookie, type SessionPrincipal } from "./session";

/** This request's session, for pages and server actions (read once per request). */
export const currentSession = cache(async (): Promise<SessionPrincipal | null> =>
  sessionFromCookie(sessionCookieValue(await headers())),
);

/** The client address of the current page or server-action request. */
export async function requestAddress(): Promise<string> {
  return clientAddress(await headers()) ?? "unknown";
}
