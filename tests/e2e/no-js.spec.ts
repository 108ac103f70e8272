import { DICTIONARIES } from '../../src/i18n';
import { expect, test } from '../support/fixtures';
import { CHAPTERS, LANGS } from '../support/site';

test.use({ javaScriptEnabled: false });

for (const lang of LANGS) {
	const chapters = CHAPTERS.filter((c) => c.lang === lang);
	const what = 'each step shown with its heading, linked by its number, no button';
	test(`every chapter (${lang}, ${chapters.length}) reads completely without JavaScript: ${what}`, async ({ page }) => {
		const label = DICTIONARIES[lang]['step.label'];
		for (const { path, steps } of chapters) {
			await page.goto(path);
			const sections = page.locator('[data-step]');
			expect(await sections.evaluateAll((els) => els.map((el) => el.id)), path).toEqual(steps.map((s) => s.id));
			// Shown, not only in the markup: every step and its heading takes room on the page.
			const headings = sections.getByRole('heading', { level: 3 });
			expect(await headings.evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).length), path).toBe(steps.length);
			// The copy control needs a script; without one the step number is the link.
			await expect(sections.getByRole('button'), path).toHaveCount(0);
			const numbers = headings.getByRole('link', { name: new RegExp(`^${label} \\d+$`) });
			expect(await numbers.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), path).toEqual(steps.map((s) => `#${s.id}`));
		}
	});
}
