import { expect, test } from '../support/fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const readClipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('helpdesk copies a step’s link with the mouse', async ({ page, baseURL }) => {
	await page.goto('/call/?utm=ignored');
	const step = page.locator('#setup-phone-number');
	await step.getByRole('button', { name: /リンクをコピー/ }).click();
	await expect(step.getByRole('status')).toHaveText('リンクをコピーしました');
	expect(await readClipboard(page)).toBe(`${baseURL}/call/#setup-phone-number`);
});

test('helpdesk copies a step’s link with the keyboard alone (the manual’s edition)', async ({ page, baseURL }) => {
	await page.goto('/en/manual/push/');
	const step = page.locator('#setup-scan-qr');
	// Reach the control the way a keyboard user does: from the step's own heading link.
	await step.getByRole('link', { name: /Step 6/ }).focus();
	await page.keyboard.press('Tab');
	const button = step.getByRole('button', { name: /Copy link/ });
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(step.getByRole('status')).toHaveText('Link copied');
	expect(await readClipboard(page)).toBe(`${baseURL}/en/manual/push/#setup-scan-qr`);

	await page.evaluate(() => navigator.clipboard.writeText(''));
	await page.keyboard.press('Space');
	await expect.poll(() => readClipboard(page)).toBe(`${baseURL}/en/manual/push/#setup-scan-qr`);
});

test('each copy button names the step it copies, for screen readers, in either edition', async ({ page }) => {
	// The same step is step 6 of today's screens and step 11 of the manual's.
	for (const [path, number] of [
		['/code/', 6],
		['/manual/code/', 11],
	] as const) {
		await page.goto(path);
		await expect(
			page.getByRole('button', { name: `リンクをコピー: 初回登録 手順 ${number} アプリの 6 桁のコードを入力する`, exact: true }),
		).toHaveCount(1);
	}
});
