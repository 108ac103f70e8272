import { DICTIONARIES } from '../../src/i18n';
import { expect, type Page, test } from '../support/fixtures';
import { LANGS, PAGES, prefixOf, starlightWord } from '../support/site';
import { smallTargets } from '../support/targets';

/*
 * Outside the simulator: on a phone, every control a student taps on every
 * page is at least 44×44 CSS px (WCAG 2.5.5, Apple's HIG): the header's title, search and
 * menu, a chapter's step links and buttons, the helpdesk's tables, the home page's lists, the
 * footer; and the sidebar's links once the menu is open. The simulator (`[data-simulator]`
 * on practice pages) is measured at every step by its own walks.
 *
 * One load per page; the pages go in a few batches, each in one tab, so that two workers
 * sweep the site without paying for a browser context per page.
 */

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Every control under 44×44 on the page, outside the simulator, each named with the page. */
async function smallOn(page: Page, path: string): Promise<string[]> {
	await page.goto(path, { waitUntil: 'load' });
	// The copy-link buttons and other controls added by script are there once their scripts ran.
	await page.evaluate(() => document.fonts.ready);
	return (await smallTargets(page, 'body', '[data-simulator]')).map((s) => `${path}: ${s}`);
}

const BATCHES = 4;
const batches = Array.from({ length: BATCHES }, (_, i) => PAGES.filter((_, n) => n % BATCHES === i));

for (const [i, batch] of batches.entries()) {
	test(`390×844, pages ${i + 1} of ${BATCHES} (${batch.length} pages): no control under 44×44 CSS px outside the simulator`, async ({
		page,
	}) => {
		test.setTimeout(90_000);
		const small: string[] = [];
		for (const path of batch) small.push(...(await smallOn(page, path)));
		expect(small).toEqual([]);
	});
}

for (const lang of LANGS) {
	test(`390×844, ${lang}: the mobile menu's controls and the sidebar's links, every group open, are 44 px or more`, async ({ page }) => {
		const t = DICTIONARIES[lang];
		await page.goto(`${prefixOf(lang)}/push/`, { waitUntil: 'load' });
		await page.getByRole('button', { name: await starlightWord(lang, 'menuButton.accessibleLabel') }).click();
		const menu = page.locator('#starlight__sidebar');
		await expect(menu).toBeVisible();
		// The manual's edition is folded away at first: open it, so its links are measured too.
		await menu.getByText(t['sidebar.manual'], { exact: true }).click();
		await expect(menu.locator('details:not([open])')).toHaveCount(0);
		// The menu's links, group headings, language and theme, and the button that closes it.
		expect(await smallTargets(page, '#starlight__sidebar, header')).toEqual([]);
	});
}
