import { axe, violationsOf } from '../support/axe';
import { expect, test } from '../support/fixtures';

// pages.spec.ts sweeps every page as it loads, light on a desktop and dark
// on a phone. The helpdesk tools also show content only after an interaction (the chooser's
// answer, the QR dialog): check those states in both themes on a phone.

for (const colorScheme of ['dark', 'light'] as const) {
	test.describe(`${colorScheme} theme on a 360 px phone`, () => {
		test.use({ colorScheme, viewport: { width: 360, height: 740 } });

		test('axe finds no violation in the chooser’s answer and the QR dialog', async ({ page }) => {
			await page.goto('/choose/');
			await page.getByRole('radio', { name: 'スマートフォン', exact: true }).check();
			await page.getByRole('group', { name: '海外でサインインすることがよくありますか？' }).getByRole('radio', { name: 'いいえ' }).check();
			// The battery question is asked only where its answer changes the advice (not with this config).
			await expect(page.getByRole('group', { name: 'スマートフォンのバッテリーの減りが気になりますか？' })).toBeHidden();
			await expect(page.locator('[aria-live="polite"]')).toContainText('おすすめ:');
			expect(violationsOf(await axe(page).analyze())).toEqual([]);

			await page.goto('/en/helpdesk/');
			// The manual's table is the second one on the page: its dialog is checked further down.
			await page
				.getByRole('button', { name: /^Show QR code: The manual \(December 2020\) SMS / })
				.first()
				.click();
			await expect(page.getByRole('dialog')).toContainText('The manual (December 2020) · SMS');
			await expect(page.getByRole('dialog').getByRole('img').locator('svg')).toBeVisible();
			expect(violationsOf(await axe(page).analyze())).toEqual([]);
		});
	});
}
