/** Bootstrap tokens the e2e servers start with (playwright.config.ts passes them on); at least 32 characters, as the server requires. */
export const E2E_ADMIN_TOKEN = "e2e-admin-bootstrap-token-1d4c9f2a7b6e";
export const E2E_ALICE_TOKEN = "e2e-alice-bootstrap-token-7b21e0c5d8f3";
export const E2E_ADMIN_TOKENS = `alice=${E2E_ALICE_TOKEN}`;

export const editorHeaders = (token = E2E_ADMIN_TOKEN) => ({
  Authorization: `Bearer ${token}`,
  "Content-Type": "application/json",
});
