// Runs once when a server process starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { refuseInvalidAuthConfig } = await import("./lib/auth/startup");
  refuseInvalidAuthConfig();
  const { refuseUnsafePublicOrigin } = await import("./lib/site-origin");
  refuseUnsafePublicOrigin();
  // First: every request passes the front door (405/400, trusted proxy headers, HSTS) before Next routes it.
  const { installRequestGuard } = await import("./lib/security/request-guard");
  await installRequestGuard();
  const { followOtherInstances } = await import("./lib/cache/follow-other-instances");
  followOtherInstances();
}
