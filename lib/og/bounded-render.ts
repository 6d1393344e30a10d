import { ImageCache } from "./image-cache";
import { QueueFullError, RenderQueue } from "./render-queue";

const RETRY_AFTER_SECONDS = 5;

type Options = {
  /** The cache's size in bytes; an entry is built again after `maxAgeSeconds`, which HTTP caches are told too. */
  maxBytes: number;
  maxAgeSeconds: number;
  /** What the 503 says is busy ("Too many link previews are being drawn"). */
  busy: string;
};

/**
 * The bounds every built-on-request file shares (the link previews, the exports): a request is
 * answered for its canonical path only (any other spelling of the same state gets a 308 to it), the
 * file is built once and kept in memory, builds run one at a time with a short line behind them, and
 * past that line the answer is 503 with Retry-After instead of piling work onto the event loop.
 */
export function boundedRenderer<V extends { byteLength: number }>({ maxBytes, maxAgeSeconds, busy }: Options) {
  const cache = new ImageCache<V>(maxBytes, maxAgeSeconds * 1000);
  // One build at a time (each holds the main thread for tens of ms), a short line behind it, then 503.
  const queue = new RenderQueue(1, 4);
  const cacheControl = `public, max-age=${maxAgeSeconds}`;

  return {
    cacheControl,
    /**
     * The response for `asked` (the request's path and query): a redirect when it is not `path`; else
     * the file for `path`, cached or built (`build` returns null for a file that does not exist: 404).
     */
    async respond(
      asked: string,
      path: string,
      build: () => Promise<V | null>,
      send: (file: V) => Response,
    ): Promise<Response> {
      if (asked !== path) {
        return new Response(null, { status: 308, headers: { Location: path, "Cache-Control": cacheControl } });
      }
      let file = cache.get(path);
      if (!file) {
        try {
          const built = await queue.run(async () => cache.get(path) ?? (await build()));
          if (!built) return new Response("Not found", { status: 404 });
          file = built;
        } catch (error) {
          if (!(error instanceof QueueFullError)) throw error;
          return Response.json(
            {
              type: "urn:ai-capex-lens:problem:busy",
              title: "Busy",
              status: 503,
              detail: `${busy}; try again shortly.`,
            },
            {
              status: 503,
              headers: {
                "Content-Type": "application/problem+json",
                "Retry-After": String(RETRY_AFTER_SECONDS),
                "Cache-Control": "no-store",
              },
            },
          );
        }
        cache.set(path, file);
      }
      return send(file);
    },
  };
}
