import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { institution } from '../../src/config/institution';
import { DICTIONARIES } from '../../src/i18n';
import { stepsOf } from '../../src/steps';
import { LANGS, prefixOf, toolPath } from '../support/site';

/** Reads the QR code the way a phone would: from the pixels on screen. */
async function decodeQr(image: Locator): Promise<string | undefined> {
	const png = await image.screenshot();
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

const rowsOf = (page: Page) =>
	page
		.getByRole('table')
		.getByRole('row')
		.filter({ has: page.getByRole('link') });

for (const lang of LANGS) {
	const t = DICTIONARIES[lang];
	const path = toolPath(lang, 'helpdesk');

	test(`helpdesk (${lang}) lists every step of every offered method, each linking to its step and the simulator`, async ({ page }) => {
		await page.goto(path);
		const table = page.getByRole('table');
		const expected = institution.methods.flatMap((method) => stepsOf(method).map((step) => ({ method, step })));
		await expect(rowsOf(page)).toHaveCount(expected.length);

		for (const [i, { method, step }] of expected.entries()) {
			const row = rowsOf(page).nth(i);
			await expect(row.getByRole('rowheader').last()).toHaveText(new RegExp(`${t['step.label']} ${step.number}$`));
			await expect(row.getByRole('link', { name: step.title[lang], exact: true })).toHaveAttribute(
				'href',
				`${prefixOf(lang)}/${method}/#${step.id}`,
			);
			await expect(row.getByRole('link', { name: new RegExp(`: ${t[`method.short.${method}`]} `) })).toHaveAttribute(
				'href',
				`${prefixOf(lang)}/practice/${method}/?step=${step.id}`,
			);
			await expect(row.getByRole('button')).toHaveCount(2);
		}
		// Each method names its group of rows once.
		for (const method of institution.methods) {
			await expect(table.getByRole('rowheader', { name: t[`method.short.${method}`], exact: true })).toHaveCount(1);
		}
	});

	test(`helpdesk (${lang}): ${lang === 'ja' ? 'every' : 'each method’s first and last'} step's QR code decodes (jsQR) to the step's URL`, async ({
		page,
		baseURL,
	}) => {
		// Some forty codes, each drawn, photographed and decoded: longer than one page's default.
		test.setTimeout(120_000);
		await page.goto(path);
		const dialog = page.getByRole('dialog');
		const buttons = page.getByRole('button', { name: lang === 'ja' ? /^QR コードを表示: / : /^Show QR code: / });
		const expected = institution.methods.flatMap((method) => stepsOf(method).map((step) => ({ method, step })));
		await expect(buttons).toHaveCount(expected.length);

		for (const [i, { method, step }] of expected.entries()) {
			const url = `${baseURL}${prefixOf(lang)}/${method}/#${step.id}`;
			await buttons.nth(i).click();
			await expect(dialog).toBeVisible();
			await expect(dialog).toContainText(step.title[lang]);
			const image = dialog.getByRole('img');
			await expect(image.locator('svg')).toBeVisible();
			// Japanese photographs every code; English, whose codes differ only by /en/, the
			// first and last of each method (the link under each code is still checked).
			const steps = stepsOf(method);
			if (lang === 'ja' || step === steps[0] || step === steps.at(-1)) expect(await decodeQr(image), `${method} ${step.id}`).toBe(url);
			// The link is also written under the code, for a student who types it instead.
			await expect(dialog.getByRole('link', { name: url })).toHaveAttribute('href', url);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
		}
	});
}

test('helpdesk: the QR dialog works with the keyboard alone and gives focus back', async ({ page }) => {
	await page.goto('/en/helpdesk/');
	const opener = page.getByRole('button', { name: 'Show QR code: App code Next sign-ins Step 2 Type the six-digit code from the app' });
	await opener.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Scan this with your phone’s camera' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
	await expect(dialog.getByRole('img', { name: 'QR code of the link to this step' }).locator('svg')).toBeVisible();

	const results = await new AxeBuilder({ page }).include('dialog').analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);

	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
});

test('helpdesk: the QR encoder is loaded only when a code is asked for', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (req) => req.resourceType() === 'script' && scripts.push(req.url()));
	await page.goto('/helpdesk/', { waitUntil: 'networkidle' });
	const before = scripts.length;
	await page.getByRole('button', { name: /^QR コードを表示: SMS 初回登録 手順 1 / }).click();
	await expect(page.getByRole('dialog').getByRole('img').locator('svg')).toBeVisible();
	expect(scripts.length, 'the encoder came with the page').toBeGreaterThan(before);
});

test.describe('copying', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('helpdesk copies a step’s full link and says so', async ({ page, baseURL }) => {
		await page.goto('/helpdesk/');
		const row = rowsOf(page).filter({ hasText: '電話に出て # キーを押す' }).first();
		await row.getByRole('button', { name: /^リンクをコピー: 電話 初回登録 手順 4 / }).click();
		await expect(row.getByRole('status')).toHaveText('リンクをコピーしました');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/call/#setup-answer-call`);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('helpdesk still lists every step as a plain link, with no dead buttons', async ({ page }) => {
		await page.goto('/helpdesk/');
		const count = institution.methods.reduce((n, m) => n + stepsOf(m).length, 0);
		await expect(rowsOf(page)).toHaveCount(count);
		await expect(page.getByRole('table').getByRole('button')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'PC に表示された QR コードをスキャンする' }).first()).toHaveAttribute(
			'href',
			'/push/#setup-scan-qr',
		);
	});
});

test('on a 360 px phone the table keeps its rows and cells for screen readers', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/en/helpdesk/');
	const row = rowsOf(page).first();
	await expect(row.getByRole('rowheader', { name: 'SMS', exact: true })).toBeVisible();
	await expect(row.getByRole('rowheader', { name: 'First-time registration Step 1' })).toBeVisible();
	await expect(row.getByRole('cell', { name: 'Sign in with your university account', exact: true })).toBeVisible();
	// The controls wrap under the step instead of pushing the page sideways.
	const box = await row.getByRole('button', { name: /^Show QR code: / }).boundingBox();
	expect(box, 'the QR button is laid out').not.toBeNull();
	expect(box!.x + box!.width).toBeLessThanOrEqual(360);
});
