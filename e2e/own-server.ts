import { spawn, type ChildProcess } from "node:child_process";

/**
 * `next start` of the build on a port of its own, for specs that need a server set up unlike the
 * shared one (another database). Resolves once /api/health gives an answer `isUp` accepts (a
 * server without tables answers 503, and that is up too).
 */
export async function startOwnServer(
  port: number,
  env: NodeJS.ProcessEnv,
  isUp: (health: Response) => boolean,
): Promise<ChildProcess> {
  const base = `http://localhost:${port}`;
  // A production server needs PUBLIC_ORIGIN (lib/site-origin.ts): this one is on loopback.
  const server = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { PUBLIC_ORIGIN: base, ...env },
    stdio: "ignore",
    detached: true,
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    const up = await fetch(`${base}/api/health`).then(isUp, () => false);
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopOwnServer(server);
  throw new Error(`The server on ${base} did not answer`);
}

/** Stops the server and the Next process it started, as one process group. */
export function stopOwnServer(server: ChildProcess | undefined): void {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
}
