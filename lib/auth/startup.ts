import { authConfig, AuthConfigError } from "./config";

/**
 * At server start (instrumentation.ts): invalid sign-in settings, such as a bootstrap token under
 * 32 characters, stop the process with every problem listed, instead of surfacing at the first request.
 */
export function refuseInvalidAuthConfig(): void {
  try {
    authConfig();
  } catch (error) {
    if (!(error instanceof AuthConfigError)) throw error;
    console.error(`\n${error.message}\nThe server did not start.\n`);
    process.exit(1);
  }
}
