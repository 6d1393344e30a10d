import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

// Every test here starts a server on the same port (+3), which it must have to itself.
test.describe.configure({ mode: "serial" });

// The server refuses to start with a guessable bootstrap token, and says why (instrumentation.ts).
test("a bootstrap token shorter than 32 characters stops the server at start with a clear error", async () => {
  test.setTimeout(60_000);
  const port = String(Number(process.env.E2E_PORT ?? 3100) + 3);
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "file:./prisma/e2e.db",
      ADMIN_TOKEN: "a",
      ADMIN_TOKENS: "ops=short-secret",
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += String(chunk)));
  child.stderr.on("data", (chunk) => (output += String(chunk)));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code).toBe(1);
  expect(output).toContain('ADMIN_TOKEN: the token for "admin" has 1 characters; bootstrap tokens need at least 32');
  expect(output).toContain('ADMIN_TOKENS: the token for "ops" has 12 characters');
  expect(output).toContain("The server did not start.");
  expect(output).not.toContain("short-secret");
});

// Without PUBLIC_ORIGIN a production server would hand out http://localhost:… in every preview and link.
for (const [name, origin, message] of [
  ["without PUBLIC_ORIGIN", undefined, "PUBLIC_ORIGIN is not set"],
  ["with a PUBLIC_ORIGIN that is not an origin", "https://lens.example.com/app", "is not an origin"],
] as const) {
  test(`a production server ${name} does not start, and says what to set`, async () => {
    test.setTimeout(60_000);
    const port = String(Number(process.env.E2E_PORT ?? 3100) + 3);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "file:./prisma/e2e.db",
    };
    if (origin) env.PUBLIC_ORIGIN = origin;
    else delete env.PUBLIC_ORIGIN;
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += String(chunk)));
    child.stderr.on("data", (chunk) => (output += String(chunk)));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain(message);
    expect(output).toContain("The server did not start.");
  });
}
