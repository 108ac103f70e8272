import { expect, type Page } from '@playwright/test';

/**
 * Waits until the simulator's engine runs. A page opened at its first step loads it at the
 * reader's first move (src/islands/simulator/start.ts): the test makes one, a key press,
 * which neither scrolls nor moves the focus. A page opened at a later step, or reloaded in
 * the middle, loads it at once and needs none. Its own file, with no import Node cannot
 * follow, so that the bench's weight walk (weight.ts) uses it too.
 */
export async function simulatorReady(page: Page, timeout = 20_000) {
	const root = page.locator('[data-simulator]');
	// The island is connected: its listeners are there.
	await expect(root).toHaveAttribute('data-connected', 'true', { timeout });
	if ((await root.getAttribute('data-state')) === 'static') await page.keyboard.press('Shift');
	await expect(root).toHaveAttribute('data-state', 'ready', { timeout });
}
