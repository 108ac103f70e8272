import { REMEMBER_STEP } from '../../src/components/offer';
import { institution } from '../../src/config/institution';
import { METHODS, type Method } from '../../src/config/schema';
import { DICTIONARIES } from '../../src/i18n';
import { methodsOf } from '../../src/methods';
import { expect, test } from '../support/fixtures';
import { CHAPTERS, chapterPath, EDITIONS, type Edition, LANGS, passkeyDemoPath, practicePath, prefixOf } from '../support/site';

/** Chapters that carry the SMS/voice retirement notice (when the config has it on), in both editions. */
const NOTICE_METHODS: readonly Method[] = ['sms', 'call'];

/**
 * The "don't ask again for N days" box: today's screens have it only where the institution
 * leaves it on (rememberDays not null); the manual's screens always had it, 14 days unless
 * the institution says otherwise.
 */
const rememberDaysIn = (edition: Edition) => (edition === 'manual' ? (institution.rememberDays ?? 14) : institution.rememberDays);

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One page load per chapter checks everything the chapter owes a reader who follows a link to it.
for (const { path, steps, lang, method, edition } of CHAPTERS) {
	const t = DICTIONARIES[lang];
	// The passkey's sign-in has no such box in any source: its chapter says nothing of it.
	const days = REMEMBER_STEP[method] ? rememberDaysIn(edition) : null;
	const notice = institution.notices.smsVoiceRetirement && NOTICE_METHODS.includes(method);
	test(`${path}: every step once, in order, numbered within its phase; a link to a step opens it in view; the example account, ${days === null ? 'no' : `${days}`} “don’t ask again” days, ${notice ? 'the' : 'no'} retirement notice`, async ({
		page,
	}) => {
		const last = steps.at(-1)!;
		await page.goto(`${path}#${last.id}`);
		await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();

		const onPage = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.id));
		expect(onPage).toEqual(steps.map((s) => s.id));
		for (const step of steps) {
			await expect(page.locator(`[id="${step.id}"]`)).toHaveCount(1);
			// The number exactly: "手順 12" must not pass for step 1 or 2.
			const heading = page.locator(`[id="${step.id}"]`).getByRole('heading', { level: 3 });
			await expect(heading.getByRole('link', { name: `${t['step.label']} ${step.number}`, exact: true })).toHaveCount(1);
			await expect(heading).toHaveText(new RegExp(`^${t['step.label']} ${step.number}\\s*${literal(step.title[lang])}$`));
		}

		await expect(page.locator('#setup-sign-in').locator('code')).toHaveText(institution.exampleAccount);
		const remember = REMEMBER_STEP[method] ? page.locator(`[id="${REMEMBER_STEP[method]}"]`) : page.locator('main');
		const box = (n: number | string) => (lang === 'ja' ? `今後 ${n} 日間はこのメッセージを表示しない` : `Don’t ask again for ${n} days`);
		if (days === null) {
			await expect(remember).not.toContainText(lang === 'ja' ? '日間はこのメッセージを表示しない' : 'ask again for');
		} else {
			await expect(remember).toContainText(box(days));
			await expect(remember).toContainText(lang === 'ja' ? `${days} 日間は二要素認証を求められなくな` : `for ${days} days`);
		}

		// Starlight's Aside is an <aside> named by its title.
		const aside = page.getByRole('complementary', { name: t['notice.retirement.title'] });
		if (notice) {
			await expect(aside).toBeVisible();
			await expect(aside).toContainText(lang === 'ja' ? '2027 年 2 月 1 日' : '1 February 2027');
			await expect(aside).toContainText(lang === 'ja' ? '2026 年 9 月 1 日' : '1 September 2026');
			await expect(aside.getByRole('link', { name: t['notice.retirement.try'] })).toHaveAttribute('href', passkeyDemoPath(lang));
			await expect(aside.getByRole('link', { name: t['notice.retirement.source'] })).toHaveAttribute('href', t['notice.retirement.href']);
		} else {
			await expect(aside).toHaveCount(0);
			// The passkey chapter cites the same page among its sources (the edition note), not as the notice.
			await expect(page.locator('main').locator(`a[href="${t['notice.retirement.href']}"]:not(mfa-edition a)`)).toHaveCount(0);
		}
	});
}

for (const lang of LANGS) {
	const t = DICTIONARIES[lang];
	const path = `${prefixOf(lang)}/`;
	const shown = institution.notices.smsVoiceRetirement;
	test(`${path} ${shown ? 'shows' : 'does not show'} the SMS/voice retirement notice with its Microsoft Learn source`, async ({ page }) => {
		await page.goto(path);
		const notice = page.getByRole('complementary', { name: t['notice.retirement.title'] });
		if (shown) {
			await expect(notice).toBeVisible();
			await expect(notice).toContainText(lang === 'ja' ? '2027 年 2 月 1 日' : '1 February 2027');
			await expect(notice).toContainText(lang === 'ja' ? '2026 年 9 月 1 日' : '1 September 2026');
			await expect(notice.getByRole('link', { name: t['notice.retirement.try'] })).toHaveAttribute('href', passkeyDemoPath(lang));
			await expect(notice.getByRole('link', { name: t['notice.retirement.source'] })).toHaveAttribute('href', t['notice.retirement.href']);
		} else {
			await expect(notice).toHaveCount(0);
		}
	});
}

for (const lang of LANGS) {
	test(`the sidebar (${lang}) lists each offered chapter and its practice page, today’s and, in its collapsed group, the manual’s`, async ({
		page,
	}) => {
		await page.goto(`${prefixOf(lang)}/`);
		const nav = page.getByRole('navigation', { name: lang === 'ja' ? 'メイン' : 'Main' });
		// Only the links a reader can see (a collapsed group's are not).
		const shown = () => nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		const pagesOf = (methods: readonly Method[], edition: Edition) =>
			methods.flatMap((m) => [chapterPath(lang, m, edition), practicePath(lang, m, edition)]);
		const notOffered = METHODS.filter((m) => !institution.methods.includes(m));
		const manual = methodsOf('manual', institution.methods);

		const before = await shown();
		for (const href of pagesOf(institution.methods, 'today')) expect(before, href).toContain(href);
		// The live passkey demo, for every student: passkeys come to all of them.
		expect(before).toContain(passkeyDemoPath(lang));
		// The manual's edition is there but folded away: most readers want today's screens.
		for (const href of pagesOf(manual, 'manual')) expect(before, href).not.toContain(href);
		await nav.getByText(DICTIONARIES[lang]['sidebar.manual'], { exact: true }).click();
		const after = await shown();
		for (const href of pagesOf(manual, 'manual')) expect(after, href).toContain(href);
		// The passkey has no manual edition (2020 had no passkeys): the manual's group does not list it.
		expect(after).not.toContain(`${prefixOf(lang)}/manual/passkey/`);
		// Methods that are not offered are not listed, neither their chapters nor their practice pages.
		for (const href of EDITIONS.flatMap((e) => pagesOf(methodsOf(e, notOffered), e))) expect(after).not.toContain(href);
		// Each label is its page's title: pages.spec.ts checks it on every page, where the page
		// is the sidebar's current one.
	});
}
