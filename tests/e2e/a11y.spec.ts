import { expect, test } from '@playwright/test';
import { axe, violationsOf } from '../support/axe';
import { PAGES } from '../support/site';

// Every page twice: as a desktop reader sees it in the light theme, and as a student on a
// 360 px phone in Starlight's dark theme (colours and the collapsed layout both change).
// On the phone, the page must also fit: a reader never scrolls sideways to read a step.
// In the dark phone view axe runs on the Japanese pages: the English ones have the same
// structure and colours (the parity tests compare them), and only their fit can differ.
const VIEWS = [
	{ name: 'light, desktop', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
	{ name: 'dark, 360 px phone', colorScheme: 'dark', viewport: { width: 360, height: 740 } },
] as const;

for (const view of VIEWS) {
	test.describe(view.name, () => {
		test.use({ colorScheme: view.colorScheme, viewport: view.viewport });

		const phone = view.viewport.width <= 360;
		// The manual's pages share every component and style with today's: the phone view of today's covers them.
		for (const path of PAGES.filter((p) => !(phone && /\/manual\//.test(p)))) {
			const swept = !phone || !path.startsWith('/en/');
			const what = [swept ? 'axe finds no violation on' : '', path, phone ? `${swept ? ', and it' : ''} fits the screen` : ''];
			test(what.join(' ').trim(), async ({ page }) => {
				// The longest pages (the helpdesk's two step tables, a chapter's pictures) take axe a while on two busy cores.
				test.setTimeout(60_000);
				// networkidle: the practice and pairing pages draw their interactive parts after load.
				await page.goto(path, { waitUntil: 'networkidle' });
				// The sweep must really see the theme it names (Starlight follows the system's).
				await expect(page.locator('html')).toHaveAttribute('data-theme', view.colorScheme);
				if (swept) expect(violationsOf(await axe(page).analyze())).toEqual([]);
				if (phone) {
					const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
					expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
				}
			});
		}
	});
}
