import { expect, test } from '@playwright/test';
import { CHAPTERS } from '../support/site';

for (const { path, steps } of CHAPTERS) {
	test(`every step of ${path} is there exactly once, numbered within its phase`, async ({ page }) => {
		await page.goto(path);
		const onPage = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.id));
		expect(onPage).toEqual(steps.map((s) => s.id));
		for (const step of steps) {
			await expect(page.locator(`[id="${step.id}"]`)).toHaveCount(1);
			await expect(
				page.locator(`[id="${step.id}"]`).getByRole('heading', { level: 3 }),
			).toContainText(String(step.number));
		}
	});
}

for (const { path, steps } of CHAPTERS.filter((c) => c.method === 'push' || c.method === 'call')) {
	test(`a link to a step of ${path} opens that step in view`, async ({ page }) => {
		const last = steps.at(-1)!;
		await page.goto(`${path}#${last.id}`);
		await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
	});
}
