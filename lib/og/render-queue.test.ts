import { describe, expect, it } from "vitest";

import { QueueFullError, RenderQueue } from "./render-queue";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("RenderQueue", () => {
  it("runs at most `concurrency` tasks at once and the rest in order", async () => {
    const queue = new RenderQueue(1, 5);
    const order: string[] = [];
    const first = deferred();
    const a = queue.run(async () => {
      order.push("a start");
      await first.promise;
      order.push("a end");
    });
    const b = queue.run(async () => {
      order.push("b");
    });
    await Promise.resolve();
    expect(order).toEqual(["a start"]);
    expect(queue.stats).toEqual({ running: 1, waiting: 1 });
    first.resolve();
    await Promise.all([a, b]);
    expect(order).toEqual(["a start", "a end", "b"]);
    expect(queue.stats).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses at once when the waiting line is full, and frees the slot after a failure", async () => {
    const queue = new RenderQueue(1, 1);
    const gate = deferred();
    const running = queue.run(() =>
      gate.promise.then(() => {
        throw new Error("render failed");
      }),
    );
    const waiting = queue.run(async () => "second");
    await expect(queue.run(async () => "third")).rejects.toBeInstanceOf(QueueFullError);
    gate.resolve();
    await expect(running).rejects.toThrow("render failed");
    await expect(waiting).resolves.toBe("second");
    await expect(queue.run(async () => "again")).resolves.toBe("again");
    expect(queue.stats).toEqual({ running: 0, waiting: 0 });
  });
});
