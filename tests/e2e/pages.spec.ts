import { expect, test } from '@playwright/test';
import { PAGES } from '../support/site';
import { jsBudgetFor, weighPage } from '../support/weight';

for (const path of PAGES) {
	test(`reader opens ${path}: no console error, no failed or foreign request`, async ({ page, baseURL }) => {
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

		await page.goto(path, { waitUntil: 'networkidle' });
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

		expect(errors, 'console errors').toEqual([]);
		expect(failed, 'failed requests').toEqual([]);
		expect(foreign, 'requests to another origin').toEqual([]);
	});
}

test('a 360 px wide phone never scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of PAGES) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
	}
});

for (const path of PAGES) {
	const budget = jsBudgetFor(path);
	test(`${path} stays within its JavaScript budget (${budget.bytes / 1024} KB gzip for a ${budget.kind} page)`, async ({ browser, baseURL }) => {
		// Nothing cached: the reader arrives from a link a helpdesk sent.
		const context = await browser.newContext({ baseURL: baseURL! });
		const weight = await weighPage(await context.newPage(), path);
		await context.close();
		expect(weight.js.gzip, `${path} fetched ${weight.scripts.join(', ')}`).toBeLessThanOrEqual(budget.bytes);
	});
}
