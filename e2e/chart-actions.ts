import type { Locator } from "@playwright/test";

const SHARE_MENU = /^(Share \/ Download|分享 \/ 下载)$/;

/**
 * Runs one of a chart panel's export actions as a reader would: the toolbar's button when the
 * panel is wide enough to show its toolbar, else the item of its "Share / Download" menu.
 */
export async function chartAction(panel: Locator, name: string): Promise<void> {
  const button = panel.getByRole("toolbar").getByRole("button", { name, exact: true });
  if (await button.isVisible()) return button.click();
  await panel.getByRole("button", { name: SHARE_MENU }).click();
  await panel.getByRole("menuitem", { name, exact: true }).click();
}

/** Picks the exported image's size ("Slide 16:9" or "Document") in the toolbar or the menu. */
export async function chooseImageSize(panel: Locator, name: string): Promise<void> {
  const radio = panel.getByRole("toolbar").getByRole("radio", { name, exact: true });
  if (await radio.isVisible()) return radio.click();
  await panel.getByRole("button", { name: SHARE_MENU }).click();
  await panel.getByRole("menuitemradio", { name, exact: true }).click();
  await panel.getByRole("button", { name: SHARE_MENU }).click();
}
