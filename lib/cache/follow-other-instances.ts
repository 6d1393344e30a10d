import "server-only";

import { listenForDataChanges, sharesDatabaseWithOtherInstances } from "../db/change-feed";
import { thisInstance } from "./cached-views";

/**
 * On a shared PostgreSQL database: when another instance announces a write, revalidate this
 * instance's cached views. Next only revalidates inside a request, so the listener asks its own
 * server, on loopback, with a secret only this process knows (app/api/internal/revalidate).
 */
export function followOtherInstances(): void {
  if (!sharesDatabaseWithOtherInstances()) return;
  listenForDataChanges((from) => {
    if (from === thisInstance.id) return;
    fetch(`http://127.0.0.1:${process.env.PORT ?? 3000}/api/internal/revalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${thisInstance.secret}` },
      signal: AbortSignal.timeout(10_000),
    }).then(
      (response) =>
        response.ok || console.error(`revalidating after another instance's write: HTTP ${response.status}`),
      (error: unknown) => console.error("revalidating after another instance's write failed", error),
    );
  });
}
