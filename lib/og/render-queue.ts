/** Thrown when the queue is full: the caller answers 503 with Retry-After. */
export class QueueFullError extends Error {
  constructor() {
    super("too many link-preview renders waiting");
  }
}

/**
 * At most `concurrency` tasks run at once and at most `maxWaiting` wait for a slot; past that,
 * `run` fails at once with QueueFullError instead of piling work onto the event loop. Link
 * previews render on the server's main thread, so this is what keeps a flood of them from
 * slowing every other request.
 */
export class RenderQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) throw new QueueFullError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      // Hand the slot to the next waiter (running stays the same), or free it. The hand-over waits
      // for the event loop's next turn (setImmediate), so requests that arrived during this task
      // (a health check, a page) are read before the next task takes the thread; resolving at once
      // would start it from a microtask, ahead of all pending I/O.
      const next = this.waiting.shift();
      if (next) setImmediate(next);
      else this.running -= 1;
    }
  }

  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
