import { axe, violationsOf } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { PAGES } from '../support/site';

// Every page as a student on a 360 px phone sees it in Starlight's dark theme (colours and
// the collapsed layout both change; pages.spec.ts sweeps every page on a desktop in the
// light theme). On the phone, the page must also fit: a reader never scrolls sideways to
// read a step. Axe runs on the Japanese pages: the English ones have the same structure and
// colours (the parity tests compare them), and only their fit can differ. The manual's pages
// share every component and style with today's: the phone view of today's covers them.
test.use({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });

for (const path of PAGES.filter((p) => !/\/manual\//.test(p))) {
	const swept = !path.startsWith('/en/');
	test(`${swept ? 'axe finds no violation on ' : ''}${path}${swept ? ', and it' : ''} fits a 360 px phone in the dark theme`, async ({
		page,
	}) => {
		// The longest pages (the helpdesk's two step tables, a chapter's pictures) take axe a while on two busy cores.
		test.setTimeout(60_000);
		// networkidle: the practice and pairing pages draw their interactive parts after load.
		await page.goto(path, { waitUntil: 'networkidle' });
		// The sweep must really see the theme it names (Starlight follows the system's).
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		if (swept) expect(violationsOf(await axe(page).analyze())).toEqual([]);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
	});
}
