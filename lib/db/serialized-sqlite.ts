import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** A first-come, first-served lock: acquire() resolves with the function that releases it. */
class FifoLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }
}

const bound = (target: object, property: string | symbol) => {
  const value = Reflect.get(target, property);
  return typeof value === "function" ? value.bind(target) : value;
};

/**
 * The better-sqlite3 adapter runs everything on one connection and only makes transactions wait for
 * each other: a plain query issued while another request's interactive transaction is open runs
 * inside it, so it reads uncommitted rows and a write of it is undone when that transaction rolls
 * back (e.g. on a 412), although its request got a 2xx. Here every plain query also waits until no
 * transaction is open; queries inside a transaction go through the transaction and never wait.
 */
export function serializeSqliteAccess(adapter: Adapter): Adapter {
  const lock = new FifoLock();
  const exclusive = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire();
    try {
      return await run();
    } finally {
      release();
    }
  };
  const startTransaction: Adapter["startTransaction"] = async (isolationLevel) => {
    const release = await lock.acquire();
    try {
      return holdUntilEnd(await adapter.startTransaction(isolationLevel), release);
    } catch (error) {
      release();
      throw error;
    }
  };
  return new Proxy(adapter, {
    get(target, property) {
      if (property === "queryRaw")
        return (query: Parameters<Adapter["queryRaw"]>[0]) => exclusive(() => target.queryRaw(query));
      if (property === "executeRaw")
        return (query: Parameters<Adapter["executeRaw"]>[0]) => exclusive(() => target.executeRaw(query));
      if (property === "executeScript") return (script: string) => exclusive(() => target.executeScript(script));
      if (property === "startTransaction") return startTransaction;
      return bound(target, property);
    },
  });
}

/** The transaction releases the lock once it is committed or rolled back. */
function holdUntilEnd(transaction: Transaction, release: () => void): Transaction {
  let open = true;
  const end = (finish: () => Promise<void>) => async () => {
    try {
      await finish();
    } finally {
      if (open) {
        open = false;
        release();
      }
    }
  };
  return new Proxy(transaction, {
    get(target, property) {
      if (property === "commit") return end(() => target.commit());
      if (property === "rollback") return end(() => target.rollback());
      return bound(target, property);
    },
  });
}
