import jsQR from 'jsqr';
import sharp from 'sharp';
import { DICTIONARIES } from '../../src/i18n';
import { fill } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n/locales';
import type { Edition, Method, Task } from '../../src/methods';
import { findStep, findTaskStep } from '../../src/steps';
import { axe, violationsOf } from '../support/axe';
import { expect, type Locator, type Page, test } from '../support/fixtures';
import { chapterPath, LANGS, practicePath, prefixOf, taskPracticePath } from '../support/site';
import { smallTargets } from '../support/targets';

// The screen finder (/screens/): every screen of every flow, the practice after enrolment's scenarios
// too, found by a word it shows.

/** A card of the page, as the built page has it: its id, its name, and the lines its picture shows. */
interface Card {
	id: string;
	name: string;
	edition: Edition;
	/** The chapters of the steps it lists: methods, and the task after enrolment (`manage`). */
	methods: (Method | Task)[];
	lines: string[];
}

/** Every card of a language's page, as the built page draws it. */
async function cardsOf(page: Page, lang: Lang): Promise<Card[]> {
	await page.goto(pathOf(lang));
	return page.locator('[data-screen-card]').evaluateAll((items) =>
		items.map((item) => ({
			id: item.id,
			name: item.querySelector('h3')?.textContent?.trim() ?? '',
			edition: (item as HTMLElement).dataset.edition as Edition,
			methods: [...item.querySelectorAll<HTMLElement>('li[data-method]')].map((row) => row.dataset.method as Method | Task),
			// What a reader reads off the picture: each element's own words (a choice's drawn circle is not a word).
			lines: [...item.querySelectorAll('.sim-pc__page *, .sim-phone__screen *, .sim-banner *')]
				.filter((el) => el.children.length === 0)
				.map((el) => (el.textContent ?? '').replace(/^[○◉]/, '').trim())
				.filter((text) => /[\p{L}\p{N}]{2}/u.test(text)),
		})),
	);
}

const pathOf = (lang: Lang) => `${prefixOf(lang)}/screens/`;

/** A card as a reader finds it: the article named after its screen (the id tells apart two screens of one name). */
const cardOf = (page: Page, card: Pick<Card, 'id' | 'name'>) =>
	page.locator(`[id="${card.id}"]`).getByRole('article', { name: card.name, exact: true });

/** The most telling thing a screen says: its longest line. */
const phraseOf = (card: Card) => card.lines.reduce((a, b) => (b.length > a.length ? b : a), '');

/** How a step's controls name it: the screen's edition, device and name, then the step (as the page builds it). */
function aboutOf(lang: Lang, edition: Edition, device: 'pc' | 'phone', screen: string, method: Method, id: string) {
	const t = DICTIONARIES[lang];
	const step = findStep(method, id, edition);
	const where = fill(t['steplink.where'], {
		method: t[`method.short.${method}`],
		phase: t[`steplink.phase.${step.phase}`],
		number: step.number,
	});
	const on = t[device === 'pc' ? 'practice.pc' : 'practice.phone'];
	return fill(t['finder.about'], { edition: t[`helpdesk.edition.${edition}`], device: on, screen, where });
}

/** How a task step's controls name it: the chapter's short name and the step's section stand for the method and phase. */
function aboutTaskOf(lang: Lang, device: 'pc' | 'phone', screen: string, task: Task, id: string) {
	const t = DICTIONARIES[lang];
	const step = findTaskStep(task, id);
	if (!step) throw new Error(`The guide leaves out ${id}`);
	const where = fill(t['steplink.where'], { method: t[`${task}.short`], phase: t[`${task}.section.${step.section}`], number: step.number });
	const on = t[device === 'pc' ? 'practice.pc' : 'practice.phone'];
	return fill(t['finder.about'], { edition: t['helpdesk.edition.today'], device: on, screen, where });
}

const searchOf = (page: Page, lang: Lang) => page.getByRole('searchbox', { name: DICTIONARIES[lang]['finder.search'] });
const countOf = (lang: Lang, shown: number, total: number) => fill(DICTIONARIES[lang]['finder.count'], { shown, total });

async function decodeQr(image: Locator): Promise<string | undefined> {
	const png = await image.screenshot();
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

for (const lang of LANGS) {
	const t = DICTIONARIES[lang];

	test(`screen finder (${lang}): a phrase from each screen, in each language, finds it`, async ({ page }) => {
		test.setTimeout(180_000);
		// The cards as each language's page draws them: a card has the same id in every language.
		const drawn = new Map<Lang, Map<string, Card>>();
		for (const other of LANGS) drawn.set(other, new Map((await cardsOf(page, other)).map((card) => [card.id, card])));
		const cards = [...(drawn.get(lang)?.values() ?? [])];
		expect(cards.length).toBeGreaterThan(0);
		// The practice after enrolment's screens are among them, each searched for below.
		expect(cards.filter((c) => c.methods.includes('manage')).length).toBeGreaterThan(10);
		for (const other of LANGS) expect([...(drawn.get(other)?.keys() ?? [])].sort(), other).toEqual(cards.map((c) => c.id).sort());

		await page.goto(pathOf(lang));
		const search = searchOf(page, lang);
		await expect(page.getByRole('status').filter({ hasText: countOf(lang, cards.length, cards.length) })).toBeVisible();
		for (const card of cards) {
			for (const other of LANGS) {
				const phrase = phraseOf(drawn.get(other)?.get(card.id) ?? card);
				expect(phrase, `${card.id} (${other}) says something`).not.toBe('');
				await search.fill(phrase);
				await expect(cardOf(page, card), `“${phrase}” (${other}) finds ${card.id}`).toBeVisible();
			}
		}
		// A phrase no screen says hides them all, and says so.
		await search.fill('zzzz-no-such-screen');
		await expect(page.getByRole('article')).toHaveCount(0);
		await expect(page.getByText(t['finder.none'])).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: countOf(lang, 0, cards.length) })).toBeVisible();
	});

	test(`screen finder (${lang}): full-width and half-width forms find the same screens`, async ({ page }) => {
		await page.goto(pathOf(lang));
		const search = searchOf(page, lang);
		const articles = page.getByRole('article');
		const total = await articles.count();
		for (const [typed, written] of [
			['ｻｲﾝｲﾝ', 'サインイン'],
			['１２', '12'],
			['ＯＦＦＩＣＥ', 'office'],
			['QR　ｺｰﾄﾞ', 'QR コード'],
			['ＳＩＧＮ ＩＮ', 'Sign in'],
		] as const) {
			await search.fill(written);
			const found = await articles.count();
			expect(found, `“${written}” finds something, not everything`).toBeGreaterThan(0);
			expect(found).toBeLessThan(total);
			await search.fill(typed);
			await expect(articles, `“${typed}” finds what “${written}” does`).toHaveCount(found);
			await expect(page.getByRole('status').filter({ hasText: countOf(lang, found, total) })).toBeVisible();
		}
		// Today's sign-in page is one card, whatever the method.
		await search.fill('ｻｲﾝｲﾝ');
		await expect(cardOf(page, { id: 'today-pc-signIn-sms', name: t['pc.signIn.title'] })).toBeVisible();
	});

	test(`screen finder (${lang}): the method and edition filters`, async ({ page }) => {
		const cards = await cardsOf(page, lang);
		const method = page.getByRole('combobox', { name: t['finder.method'] });
		const edition = page.getByRole('combobox', { name: t['finder.edition'] });
		const articles = page.getByRole('article');
		await method.selectOption({ label: t['method.short.push'] });
		const push = cards.filter((c) => c.methods.includes('push'));
		expect(push.length).toBeLessThan(cards.length);
		await expect(articles).toHaveCount(push.length);
		await expect(page.getByRole('status').filter({ hasText: countOf(lang, push.length, cards.length) })).toBeVisible();
		// A card that other methods show too lists only the chosen method's steps.
		const signIn = cardOf(page, { id: 'today-pc-signIn-sms', name: t['pc.signIn.title'] });
		await expect(signIn.getByRole('link', { name: new RegExp(`^${t['method.short.push']}`) })).toHaveCount(2);
		await expect(signIn.getByRole('link', { name: new RegExp(`^${t['method.short.sms']}`) })).toHaveCount(0);

		await edition.selectOption({ label: t['helpdesk.edition.manual'] });
		await expect(articles).toHaveCount(push.filter((c) => c.edition === 'manual').length);
		await expect(signIn).toBeHidden();

		await method.selectOption({ label: t['finder.method.all'] });
		await expect(articles).toHaveCount(cards.filter((c) => c.edition === 'manual').length);
		await edition.selectOption({ label: t['finder.edition.all'] });
		await expect(articles).toHaveCount(cards.length);
	});

	test(`screen finder (${lang}): the screens after enrolment, their group and their filter`, async ({ page }) => {
		const cards = await cardsOf(page, lang);
		const group = page.getByRole('region', { name: t['finder.group.manage'] });
		await expect(group.getByRole('heading', { level: 2, name: t['finder.group.manage'] })).toBeVisible();
		// The Security info page, the pass's sign-in and the practice's helpdesk are in it, each step named by the task.
		for (const name of [t['pc.today.secinfo.title'], t['pc.today.tap.title']]) {
			await expect(group.getByRole('article', { name, exact: true }).first()).toBeVisible();
		}
		const manage = cards.filter((c) => c.methods.includes('manage'));
		const articles = page.getByRole('article');
		const method = page.getByRole('combobox', { name: t['finder.method'] });
		await method.selectOption({ label: t['finder.group.manage'] });
		await expect(articles).toHaveCount(manage.length);
		await expect(page.getByRole('status').filter({ hasText: countOf(lang, manage.length, cards.length) })).toBeVisible();
		// The sign-in page the scenarios reuse is the methods' card, showing only the task's steps:
		// the Security info page opened, a lost phone's other method, and the new phone's two sign-ins (added, checked).
		const signIn = cardOf(page, { id: 'today-pc-signIn-sms', name: t['pc.signIn.title'] });
		await expect(signIn.getByRole('link', { name: new RegExp(`^${t['manage.short']}`) })).toHaveCount(4);
		await expect(signIn.getByRole('link', { name: new RegExp(`^${t['method.short.sms']}`) })).toHaveCount(0);
		// The manual's edition has nothing after enrolment.
		await page.getByRole('combobox', { name: t['finder.edition'] }).selectOption({ label: t['helpdesk.edition.manual'] });
		await expect(articles).toHaveCount(0);
		await expect(page.getByText(t['finder.none'])).toBeVisible();
	});
}

test('screen finder: a screen’s step opens in its chapter and in the practice at that step', async ({ page }) => {
	await page.goto('/en/screens/');
	const name = DICTIONARIES.en['phone.today.approve.title'];
	const article = cardOf(page, { id: 'today-phone-approve-push', name });
	const step = findStep('push', 'signin-approve');
	await expect(article.getByRole('link', { name: step.title.en })).toHaveAttribute('href', `${chapterPath('en', 'push')}#signin-approve`);
	const practise = article.getByRole('link', {
		name: `${DICTIONARIES.en['helpdesk.practiceName']}: ${aboutOf('en', 'today', 'phone', name, 'push', 'signin-approve')}`,
		exact: true,
	});
	await expect(practise).toHaveAttribute('href', `${practicePath('en', 'push')}?step=signin-approve`);
	await practise.click();
	await expect(page.locator('[data-simulator][data-state="ready"][data-step="signin-approve"]')).toBeVisible();
});

test('screen finder: a screen after enrolment links its chapter’s step and the practice at that step', async ({ page }) => {
	await page.goto('/screens/');
	const t = DICTIONARIES.ja;
	const name = t['pc.today.tap.title'];
	const article = page.getByRole('region', { name: t['finder.group.manage'] }).getByRole('article', { name, exact: true });
	const title = findTaskStep('manage', 'lost-phone-tap')?.title.ja ?? 'the guide leaves out lost-phone-tap';
	await expect(article.getByRole('link', { name: title })).toHaveAttribute('href', '/manage/#lost-phone-tap');
	const practise = article.getByRole('link', {
		name: `${t['helpdesk.practiceName']}: ${aboutTaskOf('ja', 'pc', name, 'manage', 'lost-phone-tap')}`,
		exact: true,
	});
	await expect(practise).toHaveAttribute('href', `${taskPracticePath('ja', 'manage')}?step=lost-phone-tap`);
	await practise.click();
	await expect(page.locator('[data-simulator][data-state="ready"][data-step="lost-phone-tap"]')).toBeVisible();
});

test('screen finder: the QR code of a step after enrolment decodes to its link', async ({ page, baseURL }) => {
	const t = DICTIONARIES.en;
	await page.goto('/en/screens/');
	const name = t['practice.manage.helpdesk.title'];
	await searchOf(page, 'en').fill(name);
	const about = aboutTaskOf('en', 'pc', name, 'manage', 'lost-phone-helpdesk');
	await page.getByRole('button', { name: `${t['helpdesk.qrShow']}: ${about}`, exact: true }).click();
	const dialog = page.getByRole('dialog', { name: t['helpdesk.qrHeading'] });
	const image = dialog.getByRole('img', { name: t['helpdesk.qrImage'] });
	await expect(image.locator('svg')).toBeVisible();
	expect(await decodeQr(image)).toBe(`${baseURL}/en/manage/#lost-phone-helpdesk`);
});

test.describe('copying', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('screen finder copies a step’s full link and says so', async ({ page, baseURL }) => {
		await page.goto('/screens/');
		const t = DICTIONARIES.ja;
		const about = aboutOf('ja', 'manual', 'pc', t['pc.blocked.title'], 'call', 'setup-answer-call');
		const button = page.getByRole('button', { name: `${t['helpdesk.copy']}: ${about}`, exact: true });
		await button.click();
		await expect(page.getByRole('listitem').filter({ has: button }).getByRole('status')).toHaveText(t['helpdesk.copied']);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/manual/call/#setup-answer-call`);
	});

	test('screen finder copies a step after enrolment’s link to its chapter', async ({ page, baseURL }) => {
		await page.goto('/en/screens/');
		const t = DICTIONARIES.en;
		const about = aboutTaskOf('en', 'pc', t['pc.today.secinfo.deleteTitle'], 'manage', 'lost-phone-clean-up');
		const button = page.getByRole('button', { name: `${t['helpdesk.copy']}: ${about}`, exact: true });
		await button.click();
		await expect(page.getByRole('listitem').filter({ has: button }).getByRole('status')).toHaveText(t['helpdesk.copied']);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/manage/#lost-phone-clean-up`);
	});
});

test('screen finder: the QR code of a step decodes to its link, and the dialog gives focus back', async ({ page, baseURL }) => {
	const t = DICTIONARIES.en;
	await page.goto('/en/screens/');
	await searchOf(page, 'en').fill(t['phone.today.report.title']);
	const about = aboutOf('en', 'today', 'phone', t['phone.today.report.title'], 'push', 'signin-unexpected-request');
	const opener = page.getByRole('button', { name: `${t['helpdesk.qrShow']}: ${about}`, exact: true });
	await opener.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: t['helpdesk.qrHeading'] });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: t['helpdesk.close'] })).toBeFocused();
	await expect(dialog).toContainText(findStep('push', 'signin-unexpected-request').title.en);
	const image = dialog.getByRole('img', { name: t['helpdesk.qrImage'] });
	await expect(image.locator('svg')).toBeVisible();
	const url = `${baseURL}/en/push/#signin-unexpected-request`;
	expect(await decodeQr(image)).toBe(url);
	await expect(dialog.getByRole('link', { name: url })).toHaveAttribute('href', url);
	expect(violationsOf(await axe(page).include('dialog').analyze())).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('screen finder lists every screen, with its links and no dead controls', async ({ page }) => {
		const cards = await cardsOf(page, 'ja');
		await expect(page.getByRole('article')).toHaveCount(cards.length);
		// Every screen of every flow: more than a hundred (tests/unit/finder.test.ts counts them against the flows).
		expect(cards.length).toBeGreaterThan(100);
		await expect(page.getByRole('searchbox')).toHaveCount(0);
		await expect(page.locator('mfa-screen-finder').getByRole('combobox')).toHaveCount(0);
		await expect(page.locator('mfa-screen-finder').getByRole('button')).toHaveCount(0);
		const practise = page.getByRole('link', { name: new RegExp(`^${DICTIONARIES.ja['helpdesk.practiceName']}: `) });
		expect(await practise.count()).toBeGreaterThanOrEqual(cards.length);
	});
});

for (const [viewport, colorScheme, lang] of [
	[{ width: 390, height: 844 }, 'dark', 'ja'],
	[{ width: 1280, height: 800 }, 'light', 'en'],
] as const) {
	test.describe(`${viewport.width} px, ${colorScheme}`, () => {
		test.use({ viewport, colorScheme });

		test(`screen finder (${lang}) fits, its controls are big enough on a phone, and axe finds nothing`, async ({ page }) => {
			await page.goto(pathOf(lang));
			// The form is in view when the page opens, under the title and one paragraph.
			await expect(searchOf(page, lang)).toBeInViewport();
			await searchOf(page, lang).fill(lang === 'ja' ? 'コード' : 'code');
			await expect(page.getByRole('article').first()).toBeVisible();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
			if (viewport.width < 800) expect(await smallTargets(page, 'mfa-screen-finder')).toEqual([]);
			expect(violationsOf(await axe(page).include('mfa-screen-finder').analyze())).toEqual([]);
		});
	});
}
