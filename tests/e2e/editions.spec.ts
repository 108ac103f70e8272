import { DICTIONARIES } from '../../src/i18n';
import { methodsOf } from '../../src/methods';
import { stepsOf } from '../../src/steps';
import { expect, test } from '../support/fixtures';
import { chapterPath, EDITIONS, LANGS, practicePath } from '../support/site';

/**
 * The two editions side by side: today's screens at the chapters' addresses, the manual's
 * of December 2020 under /manual/. Each page says which it is and links its twin (checked on
 * the sweep's load of every page, pages.spec.ts); a link to a step only the other edition has
 * lands on that step there; the steps of both simulators open from their links.
 */

test('today’s chapters name their sources: “as of November 2026”, with links', async ({ page }) => {
	await page.goto(chapterPath('ja', 'push'));
	await expect(page.locator('mfa-edition')).toContainText('2026 年 11 月時点');
	await page.getByText(DICTIONARIES.ja['edition.sources']).click();
	await expect(page.locator('mfa-edition').getByRole('link', { name: /number matching/ })).toHaveAttribute('href', /learn\.microsoft\.com/);
});

test('a link to a step only the manual has lands on that step of the manual', async ({ page }) => {
	await page.goto('/push/#setup-choose-notification');
	await expect(page).toHaveURL(/\/manual\/push\/#setup-choose-notification$/);
	await expect(page.locator('[id="setup-choose-notification"]')).toBeInViewport();
});

test('a link to a step only today’s screens have lands on that step of today’s chapter', async ({ page }) => {
	await page.goto('/en/manual/push/#signin-unexpected-request');
	await expect(page).toHaveURL(/\/en\/push\/#signin-unexpected-request$/);
	await expect(page.locator('[id="signin-unexpected-request"]')).toBeInViewport();
});

test('a link to a step both editions have stays in the edition it names', async ({ page }) => {
	await page.goto('/manual/push/#setup-scan-qr');
	await expect(page).toHaveURL(/\/manual\/push\/#setup-scan-qr$/);
	await page.goto('/push/#setup-scan-qr');
	await expect(page).toHaveURL(/\/push\/#setup-scan-qr$/);
	await expect(page).not.toHaveURL(/manual/);
});

test('a simulator link to a step only the other edition has opens that edition’s simulator at it', async ({ page }) => {
	await page.goto('/practice/code/?step=setup-configure-next');
	await expect(page).toHaveURL(/\/manual\/practice\/code\/\?step=setup-configure-next$/);
	const root = page.locator('[data-simulator]');
	await expect(root).toHaveAttribute('data-edition', 'manual');
	await expect(root).toHaveAttribute('data-step', 'setup-configure-next', { timeout: 20_000 });
});

for (const edition of EDITIONS) {
	for (const lang of LANGS) {
		for (const method of methodsOf(edition)) {
			// The replay behind a link is unit-tested from every step (tests/unit/flows.test.ts); here
			// the page opens at the last step of each phase in Japanese (the sign-in's replays the whole
			// registration and the day between), and at the last step in English with its English guide.
			// Axe checks these screens in the walks that reach every step (today-walks.spec.ts, today-practice-*.spec.ts, manual-practice-*.spec.ts).
			const all = stepsOf(method, edition);
			const ends = all.filter((s, i) => all[i + 1]?.phase !== s.phase);
			const steps = lang === 'ja' ? ends : all.slice(-1);
			const which = lang === 'ja' ? 'the last step of each phase' : 'the last step';
			test(`${which} of the ${edition} ${method} simulator (${lang}) opens from its link with its guide`, async ({ page }) => {
				test.setTimeout(120_000);
				for (const step of steps) {
					await page.goto(`${practicePath(lang, method, edition)}?step=${step.id}`);
					const root = page.locator('[data-simulator]');
					await expect(root).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
					await expect(root).toHaveAttribute('data-step', step.id);
					await expect(page.locator('[data-guide-title]')).toContainText(
						`${DICTIONARIES[lang]['practice.stepOf']} ${step.number}: ${step.title[lang]}`,
					);
				}
			});
		}
	}
}
