import { institution } from '../../src/config/institution';
import { methodsOf } from '../../src/methods';
import { axe, violationsOf } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { chapterPath, EDITIONS, LANGS, PAGES, pairingPath, passkeyDemoPath, practicePath } from '../support/site';
import { jsBudgetFor, weighPage } from '../support/weight';

/** Pages the sidebar lists by their slug, so that its label is the page's own title. */
const LISTED_BY_TITLE = new Set(
	LANGS.flatMap((lang) => [
		...EDITIONS.flatMap((e) => methodsOf(e, institution.methods).flatMap((m) => [chapterPath(lang, m, e), practicePath(lang, m, e)])),
		pairingPath(lang),
		passkeyDemoPath(lang),
	]),
);

// One visit per page, as a reader arriving from a link the helpdesk sent (nothing cached):
// it must load cleanly, stay on this origin, fetch no more JavaScript than its budget, and
// give axe nothing to report (every rule), on a desktop in the light theme. a11y.spec.ts
// sweeps the pages again in the dark theme on a phone.
test.use({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });

for (const path of PAGES) {
	const budget = jsBudgetFor(path);
	const listed = LISTED_BY_TITLE.has(path);
	test(`reader opens ${path}: no console error, no failed or foreign request, JS within ${budget.bytes / 1024} KB gzip (${budget.kind} page)${listed ? ', named in the sidebar by its title' : ''}; axe finds no violation`, async ({
		page,
		baseURL,
	}) => {
		const origin = new URL(baseURL!).origin;
		const errors: string[] = [];
		const failed: string[] = [];
		const foreign: string[] = [];
		page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
		page.on('pageerror', (err) => errors.push(err.message));
		page.on('requestfailed', (req) => failed.push(`${req.url()} ${req.failure()?.errorText}`));
		page.on('response', (res) => res.status() >= 400 && failed.push(`${res.url()} ${res.status()}`));
		page.on('request', (req) => {
			const url = new URL(req.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(req.url());
		});

		const weight = await weighPage(page, path);
		const h1 = page.getByRole('heading', { level: 1 });
		await expect(h1).toBeVisible();
		if (listed) {
			// The sidebar marks the page being read; its label says what the page is called.
			const current = page.getByRole('navigation', { name: path.startsWith('/en/') ? 'Main' : 'メイン' }).locator('a[aria-current="page"]');
			await expect(current).toHaveCount(1);
			await expect(h1).toHaveText((await current.textContent())!.trim());
		}

		expect(errors, 'console errors').toEqual([]);
		expect(failed, 'failed requests').toEqual([]);
		expect(foreign, 'requests to another origin').toEqual([]);
		expect(weight.js.gzip, `${path} fetched ${weight.scripts.join(', ')}`).toBeLessThanOrEqual(budget.bytes);
		// The sweep must really see the theme it names (Starlight follows the system's).
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(violationsOf(await axe(page).analyze())).toEqual([]);
	});
}
