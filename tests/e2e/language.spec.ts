import { findStep } from '../../src/steps';
import { expect, test } from '../support/fixtures';
import { EDITIONS, practicePath } from '../support/site';

/*
 * The language switch keeps the reader on the same page and the same step: step ids are
 * the same in both languages, so a student who opened a helpdesk link in Japanese and
 * switches to English lands on the same step.
 */

for (const [edition, prefix, id, heading] of [
	['today', '', 'setup-scan-qr', 'Scan the QR code shown on the PC'],
	// A step only the manual has, on the manual's page.
	['manual', '/manual', 'setup-choose-notification', 'Choose “Receive notifications for verification”'],
] as const) {
	test(`switching to English from a step link keeps the step (${edition}’s edition)`, async ({ page, baseURL }) => {
		await page.goto(`${prefix}/push/#${id}`);
		await page.getByRole('link', { name: 'English', exact: true }).click();
		await expect(page).toHaveURL(`${baseURL}/en${prefix}/push/#${id}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator(`#${id}`).getByRole('heading', { name: heading })).toBeInViewport();
	});
}

for (const [edition, prefix, id, heading] of [
	['today', '', 'signin-enter-code', 'アプリの 6 桁のコードを入力する'],
	['manual', '/manual', 'setup-choose-code', '「確認コードを使用する」を選び'],
] as const) {
	test(`switching to Japanese keeps the step being read, even without a link to it (${edition}’s edition)`, async ({ page, baseURL }) => {
		await page.goto(`/en${prefix}/code/`);
		// The reader scrolls down to a step; the address has no #step.
		await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await page.getByRole('link', { name: '日本語', exact: true }).click();
		await expect(page).toHaveURL(`${baseURL}${prefix}/code/#${id}`);
		await expect(page.locator(`#${id}`).getByRole('heading', { name: heading })).toBeInViewport();
	});
}

test('a step link that was left behind does not win over the step on screen', async ({ page }) => {
	await page.goto('/call/#setup-sign-in');
	await page.locator('#signin-answer-call').evaluate((el) => el.scrollIntoView({ block: 'start' }));
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/call\/#signin-answer-call$/);
});

test('at the top of a page the switch opens the top of the other page, in either edition', async ({ page, baseURL }) => {
	for (const [path, title] of [
		['/sms/', 'Verify by text message (SMS)'],
		['/manual/sms/', 'Verify by text message (SMS) (manual, December 2020)'],
	] as const) {
		await page.goto(path);
		await page.getByRole('link', { name: 'English', exact: true }).click();
		await expect(page).toHaveURL(`${baseURL}/en${path}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	}
});

test('the switch keeps a troubleshooting topic and the query (the simulator’s ?step=)', async ({ page }) => {
	await page.goto('/en/troubleshooting/#full-width');
	await page.getByRole('link', { name: '日本語', exact: true }).click();
	await expect(page).toHaveURL(/\/troubleshooting\/#full-width$/);
	await expect(page.locator('#full-width').getByRole('heading', { level: 2 })).toHaveText('数字を入力しても受け付けられない（全角の数字）');

	await page.goto('/push/?step=setup-approve');
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/push\/\?step=setup-approve$/);
});

for (const edition of EDITIONS) {
	const path = practicePath('ja', 'push', edition);
	const step = findStep('push', 'setup-scan-qr', edition);
	test(`on a practice page the switch keeps the simulator’s step, with no empty # (the simulator is not a step anchor; ${edition}’s edition)`, async ({
		page,
		baseURL,
	}) => {
		const ready = page.locator(`[data-simulator][data-edition="${edition}"][data-state="ready"]`);
		await page.goto(`${path}?step=${step.id}`);
		await expect(ready).toBeVisible({ timeout: 15_000 });
		// The simulator fills the screen, as when a reader is practising. Its root says which
		// step it shows (data-step) but has no id, so it must not become the link's #fragment.
		await ready.evaluate((el) => el.scrollIntoView({ block: 'start' }));
		const link = page.getByRole('link', { name: 'English', exact: true });
		await link.hover();
		await expect(link).toHaveAttribute('href', `/en${path}?step=${step.id}`);
		await link.click();
		await expect(page).toHaveURL(`${baseURL}/en${path}?step=${step.id}`);
		await expect(ready).toBeVisible({ timeout: 15_000 });
		await expect(page.getByText(`Step ${step.number}: ${step.title.en}`)).toBeVisible();
	});
}

test('on the pairing page the switch opens the same page, with no empty # (the window diagram is not a step)', async ({ page }) => {
	await page.goto('/pairing/');
	const figure = page.getByRole('figure', { name: '30 秒ごとの「窓」と、受け付けるコード' });
	await figure.evaluate((el) => el.scrollIntoView({ block: 'start' }));
	const link = page.getByRole('link', { name: 'English', exact: true });
	await link.hover();
	await expect(link).toHaveAttribute('href', '/en/pairing/');
	await link.click();
	await expect(page).toHaveURL(/\/en\/pairing\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice: pair a real app');

	// And back, from English.
	await page
		.getByRole('figure', { name: 'The 30-second windows, and which codes are accepted' })
		.evaluate((el) => el.scrollIntoView({ block: 'start' }));
	await page.getByRole('link', { name: '日本語', exact: true }).click();
	await expect(page).toHaveURL(/\/pairing\/$/);
});

test('the call chapter’s “when a call goes wrong” keeps its place across languages', async ({ page }) => {
	await page.goto('/call/#call-trouble');
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/call\/#call-trouble$/);
	await expect(page.locator('#call-trouble').getByRole('heading', { level: 2, name: 'When a call goes wrong' })).toBeInViewport();
});

test('the switch works from the keyboard', async ({ page }) => {
	await page.goto('/helpdesk/');
	const link = page.getByRole('link', { name: 'English', exact: true });
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/helpdesk\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step links for the helpdesk');
});

test('on a 360 px phone the switch is in the menu and keeps the step', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/manual/code/#setup-choose-code');
	await page.getByRole('button', { name: 'メニュー' }).click();
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/manual\/code\/#setup-choose-code$/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the switch is a plain link to the same page in the other language', async ({ page }) => {
		await page.goto('/troubleshooting/');
		await expect(page.getByRole('link', { name: 'English', exact: true })).toHaveAttribute('href', '/en/troubleshooting/');
		await page.goto('/en/choose/');
		await expect(page.getByRole('link', { name: '日本語', exact: true })).toHaveAttribute('href', '/choose/');
	});
});
