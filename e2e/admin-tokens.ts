/** Editor tokens the e2e server starts with (playwright.config.ts passes them to it). */
export const E2E_ADMIN_TOKEN = "e2e-admin-token-1d4c9f";
export const E2E_ALICE_TOKEN = "e2e-alice-token-7b21e0";
export const E2E_ADMIN_TOKENS = `alice=${E2E_ALICE_TOKEN}`;

export const editorHeaders = (token = E2E_ADMIN_TOKEN) => ({ Authorization: `Bearer ${token}`, "Content-Type": "application/json" });
