import { expect, test } from '../support/fixtures';
import { CHAPTERS } from '../support/site';

test.use({ javaScriptEnabled: false });

for (const { path, steps } of CHAPTERS) {
	test(`${path} reads completely without JavaScript`, async ({ page }) => {
		await page.goto(path);
		for (const step of steps) {
			const section = page.locator(`[id="${step.id}"]`);
			await expect(section).toBeVisible();
			await expect(section.getByRole('heading', { level: 3 })).toBeVisible();
			// The copy control needs a script; without one the step number is the link.
			await expect(section.getByRole('button')).toHaveCount(0);
			await expect(section.getByRole('link').first()).toHaveAttribute('href', `#${step.id}`);
		}
	});
}
