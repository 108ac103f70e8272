import { test as base, expect } from '@playwright/test';

export type { Locator, Page } from '@playwright/test';
export { expect };

/**
 * Playwright's `test`, whose page fails the test if it breaks its own Content-Security-Policy
 * (astro.config.mjs). Every browser test uses it, so every click the suite makes (the search's
 * WebAssembly, the simulator's service worker, a QR code drawn in the page, a passkey) also
 * shows that the policy lets the site work. Chromium reports each refusal on the console.
 */
export const test = base.extend({
	page: async ({ page }, use) => {
		const violations: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
		});
		await use(page);
		expect(violations, 'the page broke its Content-Security-Policy').toEqual([]);
	},
});
