import { expect, test } from '@playwright/test';
import { REMEMBER_STEP } from '../../src/components/offer';
import { institution } from '../../src/config/institution';
import { METHODS } from '../../src/config/schema';
import { DICTIONARIES } from '../../src/i18n';
import { CHAPTERS, LANGS, prefixOf } from '../support/site';

for (const { path, steps, lang } of CHAPTERS) {
	test(`every step of ${path} is there exactly once, numbered within its phase`, async ({ page }) => {
		await page.goto(path);
		const onPage = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.id));
		expect(onPage).toEqual(steps.map((s) => s.id));
		for (const step of steps) {
			await expect(page.locator(`[id="${step.id}"]`)).toHaveCount(1);
			// The number exactly: "手順 12" must not pass for step 1 or 2.
			const heading = page.locator(`[id="${step.id}"]`).getByRole('heading', { level: 3 });
			await expect(heading.getByRole('link', { name: `${DICTIONARIES[lang]['step.label']} ${step.number}`, exact: true })).toHaveCount(1);
			await expect(heading).toHaveText(
				new RegExp(`^${DICTIONARIES[lang]['step.label']} ${step.number}\\s*${step.title[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
			);
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

for (const { path, method, lang } of CHAPTERS) {
	test(`${path} shows the example account and the “don’t ask again” days from the config`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('#setup-sign-in').locator('code')).toHaveText(institution.exampleAccount);
		const days = institution.rememberDays;
		const remember = page.locator(`[id="${REMEMBER_STEP[method]}"]`);
		await expect(remember).toContainText(
			lang === 'ja' ? `今後 ${days} 日間はこのメッセージを表示しない` : `Don’t ask again for ${days} days`,
		);
		await expect(remember).toContainText(lang === 'ja' ? `${days} 日間は二要素認証を求められなくなる` : `for ${days} days`);
	});
}

for (const lang of LANGS) {
	const title = DICTIONARIES[lang]['notice.retirement.title'];
	const withNotice = ['/', '/sms/', '/call/'];
	for (const page of [...withNotice, '/push/', '/code/']) {
		const path = page === '/' ? `${prefixOf(lang)}/` : `${prefixOf(lang)}${page}`;
		const shown = institution.notices.smsVoiceRetirement && withNotice.includes(page);
		test(`${path} ${shown ? 'shows' : 'does not show'} the SMS/voice retirement notice with its Microsoft Learn source`, async ({
			page: tab,
		}) => {
			await tab.goto(path);
			// Starlight's Aside is an <aside> named by its title.
			const notice = tab.getByRole('complementary', { name: title });
			const source = tab.locator('main').locator(`a[href="${DICTIONARIES[lang]['notice.retirement.href']}"]`);
			if (shown) {
				await expect(notice).toBeVisible();
				await expect(notice).toContainText(lang === 'ja' ? '2027 年 2 月 1 日' : '1 February 2027');
				await expect(notice.getByRole('link', { name: DICTIONARIES[lang]['notice.retirement.source'] })).toHaveAttribute(
					'href',
					DICTIONARIES[lang]['notice.retirement.href'],
				);
			} else {
				await expect(notice).toHaveCount(0);
				await expect(source).toHaveCount(0);
			}
		});
	}
}

for (const lang of LANGS) {
	test(`the sidebar (${lang}) lists each offered chapter and its practice page, each named by its page’s title`, async ({ page }) => {
		await page.goto(`${prefixOf(lang)}/`);
		const nav = page.getByRole('navigation', { name: lang === 'ja' ? 'メイン' : 'Main' });
		const links = await nav
			.getByRole('link')
			.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, name: a.textContent!.trim() })));
		const expected = [...institution.methods.map((m) => `/${m}/`), ...institution.methods.map((m) => `/practice/${m}/`)].map(
			(p) => `${prefixOf(lang)}${p}`,
		);
		for (const href of expected)
			expect(
				links.map((l) => l.href),
				href,
			).toContain(href);
		// Methods that are not offered are not listed, neither their chapter nor their practice page.
		for (const m of METHODS.filter((x) => !institution.methods.includes(x))) {
			expect(links.map((l) => l.href)).not.toContain(`${prefixOf(lang)}/${m}/`);
		}
		// A label says what the page it opens is called.
		// Each in a tab of its own: a practice page's simulator writes ?step= into its address
		// as it boots, and a navigation of the same tab started meanwhile can be cut short by it.
		for (const { href, name } of links.filter((l) => expected.includes(l.href))) {
			const tab = await page.context().newPage();
			await tab.goto(href);
			await expect(tab.getByRole('heading', { level: 1 }), href).toHaveText(name);
			await tab.close();
		}
	});
}
