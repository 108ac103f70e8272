import jsQR from 'jsqr';
import sharp from 'sharp';
import { topicsFor } from '../../src/components/helpdesk/topics';
import { DICTIONARIES, type Key } from '../../src/i18n';
import type { Lang } from '../../src/i18n/locales';
import { MESSAGES } from '../../src/messages/messages';
import { axe, violationsOf } from '../support/axe';
import { expect, type Locator, type Page, test } from '../support/fixtures';
import { LANGS, prefixOf, toolPath } from '../support/site';
import { smallTargets } from '../support/targets';

/*
 * What a student reads off a screen, found by what they type; a link to every troubleshooting answer
 * and lookup entry, copied or shown as a QR code; the step table's method name in view while its rows
 * scroll; and the site search in the page's language.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Reads the QR code the way a phone would: from the pixels on screen. */
async function decodeQr(image: Locator): Promise<string | undefined> {
	const png = await image.screenshot();
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

const word = (lang: Lang, key: string) => {
	const value = (DICTIONARIES[lang] as Readonly<Record<string, string>>)[key];
	if (value === undefined) throw new Error(`no ${key}`);
	return value;
};
const messagesPath = (lang: Lang) => `${prefixOf(lang)}/messages/`;

/** Copies the link of a part of the page with its button and shows its QR code; both must be the part's own address. */
async function shares(page: Page, lang: Lang, within: Locator, title: string, url: string) {
	const t = (key: Key) => DICTIONARIES[lang][key];
	await page.evaluate(() => navigator.clipboard.writeText(''));
	await within.getByRole('button', { name: `${t('helpdesk.copy')}: ${title}`, exact: true }).click();
	await expect(within.getByRole('status').filter({ hasText: t('helpdesk.copied') })).toBeVisible();
	expect(await readClipboard(page)).toBe(url);

	const opener = within.getByRole('button', { name: `${t('helpdesk.qrShow')}: ${title}`, exact: true });
	await opener.click();
	const dialog = page.getByRole('dialog', { name: t('helpdesk.qrHeading') });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText(title);
	await expect(dialog.getByRole('button', { name: t('helpdesk.close') })).toBeFocused();
	const image = dialog.getByRole('img', { name: word(lang, 'share.qrImage') });
	await expect(image.locator('svg')).toBeVisible();
	expect(await decodeQr(image), title).toBe(url);
	await expect(dialog.getByRole('link', { name: url })).toHaveAttribute('href', url);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
}

for (const lang of LANGS) {
	const t = (key: string) => word(lang, key);
	const box = (page: Page) => page.getByRole('searchbox', { name: t('messages.search.label') });
	const entries = (page: Page) => page.locator('[data-message]');
	const shown = (page: Page) => entries(page).evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.id));

	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 },
	]) {
		test(`message lookup (${lang}, ${viewport.width} px): a code typed any way, or words from the screen, find their entry`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto(messagesPath(lang));
			await expect(
				page.getByRole('status').filter({ hasText: t('messages.search.all').replace('{n}', String(MESSAGES.length)) }),
			).toBeVisible();
			expect(await shown(page)).toHaveLength(MESSAGES.length);

			// A code from the screen, typed full-width with its prefix: that entry, and no neighbour.
			await box(page).fill('ＡＡＤＳＴＳ５００７６');
			await expect(page.getByRole('status').filter({ hasText: t('messages.search.count').replace('{n}', '1') })).toBeVisible();
			expect(await shown(page)).toEqual(['aadsts50076']);
			const found = page.locator('#aadsts50076');
			await expect(found.getByRole('heading', { level: 2 })).toHaveText(t('message.aadsts50076.title'));
			await expect(found.getByRole('heading', { level: 2 })).toBeInViewport();
			// The entry says what Microsoft says, with its source, what it means and what to do, and links the answer.
			await expect(found.getByRole('link', { name: 'Microsoft Entra authentication & authorization error codes' })).toBeVisible();
			await expect(found).toContainText(t('message.aadsts50076.todo'));
			await expect(found.getByRole('link', { name: t('topic.other-method') })).toHaveAttribute(
				'href',
				`${toolPath(lang, 'troubleshooting')}#other-method`,
			);
			if (viewport.width < 500) expect(await smallTargets(page, '.mfa-messages')).toEqual([]);
			expect(violationsOf(await axe(page).analyze())).toEqual([]);

			// The number alone, as a log gives 500121: its entry and the screen that shows it with that code.
			await box(page).fill('500121');
			expect((await shown(page)).sort()).toEqual(['error-500121', 'request-denied']);

			// Words from the screen, in either language, however the keyboard typed them.
			await box(page).fill("didn't hear");
			await expect.poll(() => shown(page)).toEqual(['no-response']);
			const noResponse = page.locator('#no-response');
			// No source gives these words: the entry says so, and links the practice step that shows them.
			await expect(noResponse).toContainText(t('messages.unverified'));
			await expect(noResponse.getByRole('link', { name: new RegExp(t('method.short.push')) }).last()).toHaveAttribute(
				'href',
				`${prefixOf(lang)}/practice/push/?step=signin-approve`,
			);
			await box(page).fill('応答がありません');
			await expect.poll(() => shown(page)).toEqual(['no-response']);
			await box(page).fill('ﾌﾞﾛｯｸ');
			await expect.poll(() => shown(page)).toContain('sign-in-blocked');

			// It can fail: words on no screen find nothing, and say so.
			await box(page).fill('量子暗号');
			await expect(page.getByRole('status').filter({ hasText: t('messages.search.none') })).toBeVisible();
			expect(await shown(page)).toEqual([]);
		});
	}

	test(`message lookup (${lang}): a lookup sent as a link opens filtered; each entry's link is copied and shown as a QR code`, async ({
		page,
		baseURL,
	}) => {
		await page.goto(`${messagesPath(lang)}?q=53003`);
		await expect(box(page)).toHaveValue('53003');
		expect(await shown(page)).toEqual(['aadsts53003']);
		const entry = page.locator('#aadsts53003');
		await shares(page, lang, entry, t('message.aadsts53003.title'), `${baseURL}${messagesPath(lang)}#aadsts53003`);
	});

	test(`troubleshooting (${lang}): every answer’s link is copied and its QR code decodes to it`, async ({ page, baseURL }) => {
		test.setTimeout(90_000);
		await page.goto(toolPath(lang, 'troubleshooting'));
		const topics = topicsFor();
		expect(topics.length).toBeGreaterThan(10);
		for (const id of topics) {
			await shares(page, lang, page.locator(`#${id}`), t(`topic.${id}`), `${baseURL}${toolPath(lang, 'troubleshooting')}#${id}`);
		}
	});

	test(`helpdesk (${lang}): the answers and the messages have their table, each row with its link, copy and QR`, async ({
		page,
		baseURL,
	}) => {
		await page.goto(toolPath(lang, 'helpdesk'));
		const answers = page.getByRole('table', { name: t('topics.helpdesk.caption') });
		const rows = answers.getByRole('row').filter({ has: page.getByRole('link') });
		await expect(rows).toHaveCount(topicsFor().length);
		await expect(answers.getByRole('link', { name: t('topic.unexpected-request'), exact: true })).toHaveAttribute(
			'href',
			`${toolPath(lang, 'troubleshooting')}#unexpected-request`,
		);
		const messages = page.getByRole('table', { name: t('messages.helpdesk.caption') });
		await expect(messages.getByRole('row').filter({ has: page.getByRole('link') })).toHaveCount(MESSAGES.length);
		await shares(page, lang, messages, t('message.request-denied.title'), `${baseURL}${messagesPath(lang)}#request-denied`);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the message lookup lists every entry, and offers no box that would do nothing', async ({ page }) => {
		await page.goto('/messages/');
		await expect(page.locator('[data-message]')).toHaveCount(MESSAGES.length);
		for (const id of ['aadsts50076', 'no-response', 'error-500121']) await expect(page.locator(`#${id}`)).toBeVisible();
		await expect(page.getByRole('searchbox')).toHaveCount(0);
		await expect(page.getByRole('button', { name: /リンクをコピー/ })).toHaveCount(0);
	});
});

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
]) {
	test(`helpdesk table (${viewport.width} px): the method’s name stays in view while its rows scroll`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/helpdesk/');
		const group = page.locator('table[data-edition="today"] tbody[data-method="push"]');
		const name = group.getByRole('rowheader', { name: DICTIONARIES.ja['method.short.push'], exact: true });
		// Down to the group's last row: its first row, where the name is, has left the screen.
		const last = group.getByRole('row').last();
		await last.scrollIntoViewIfNeeded();
		await expect(group.getByRole('row').first().getByRole('rowheader').last()).not.toBeInViewport();
		// Where the name is drawn, once the scroll has settled: under the header, on screen.
		const settled = async () => {
			const a = await name.locator('span').boundingBox();
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			const b = await name.locator('span').boundingBox();
			return a && b && a.y === b.y ? b : null;
		};
		await expect.poll(settled).not.toBeNull();
		const at = (await settled())!;
		const header = (await page.locator('header').first().boundingBox())!;
		expect(at.y, 'below Starlight’s header').toBeGreaterThanOrEqual(header.y + header.height - 1);
		expect(at.y + at.height, 'on screen').toBeLessThanOrEqual(viewport.height);
		// And it is not drawn over its last row's words.
		const lastBox = (await last.getByRole('rowheader').last().boundingBox())!;
		expect(at.y + at.height <= lastBox.y || at.x + at.width <= lastBox.x).toBe(true);
	});
}

test('the search speaks the page’s language, and 「身に覚えのない」 lists the answer first, its own heading first under its page', async ({
	page,
}) => {
	test.setTimeout(60_000);
	await page.goto('/troubleshooting/');
	const open = page.getByRole('button', { name: '検索', exact: true });
	await expect(open).toBeEnabled();
	await open.click();
	const dialog = page.getByRole('dialog', { name: '検索' });
	await dialog.getByRole('textbox', { name: '検索' }).fill('身に覚えのない');
	const message = page.locator('.pagefind-ui__message');
	await expect(message).toHaveText(/^身に覚えのないの\d+件の検索結果$/, { timeout: 15_000 });
	await expect(dialog.getByRole('button', { name: 'クリア' })).toBeVisible();
	await expect(page.locator('.pagefind-ui__results .pagefind-ui__loading')).toHaveCount(0, { timeout: 15_000 });
	// The troubleshooting page comes first, and names the answer first.
	const pages = page.locator('.pagefind-ui__result');
	const answerPage = pages.filter({ has: page.locator('.pagefind-ui__result-title > a[href="/troubleshooting/"]') });
	await expect(answerPage).toHaveCount(1);
	expect(await pages.evaluateAll((els) => els.findIndex((el) => el.querySelector('a[href="/troubleshooting/"]')))).toBe(0);
	// The heading that ranks it is not shown as a tag.
	await expect(answerPage.locator('.pagefind-ui__result-tags')).toHaveCount(0);
	await expect(answerPage.locator('.pagefind-ui__result-nested a').first()).toHaveText('身に覚えのない確認の要求が届いた');
	await expect(answerPage.locator('.pagefind-ui__result-nested a').first()).toHaveAttribute(
		'href',
		'/troubleshooting/#unexpected-request--title',
	);

	// An English page's search speaks English.
	await page.goto('/en/troubleshooting/');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('unexpected');
	await expect(message).toHaveText(/^\d+ results? for unexpected$/, { timeout: 15_000 });
	await expect(page.getByRole('button', { name: 'Clear' })).toBeVisible();
});
