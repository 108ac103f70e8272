import { stepsOf } from '../../src/steps';
import { expect, type Page, test } from '../support/fixtures';
import { axeClean, PHONE, practice, scrollToPractice, student } from '../support/simulator';

// These specs walk the manual's simulator (December 2020) in detail, at /manual/practice/code/.
const STEPS = stepsOf('code', 'manual');

const { sim, open } = practice('code', 'manual');

/** The six digits the phone's app shows now, read off its screen as a person reads them. */
async function codeOnPhone(page: Page) {
	const code = sim(page).phone.getByText(/^\d{3} \d{3}$/);
	await expect(code).toBeVisible();
	return (await code.textContent())!;
}

test('on a phone, student registers with “Use verification code” and signs in, reading the code off the phone, each control in view', async ({
	page,
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize(PHONE);
	await page.clock.install();
	const s = await open(page);
	await scrollToPractice(page);
	const u = student(page, { phone: true });
	// Axe sees every step of this chapter, both devices on show, in manual-walks.spec.ts.
	const step = u.at;
	await step('setup-sign-in');
	await u.press(s.pc.getByRole('button', { name: 'サインイン', exact: true }));
	await step('setup-more-info');
	await u.press(s.pc.getByRole('button', { name: '次へ' }));
	await step('setup-choose-app');
	await u.select(s.pc.getByLabel('連絡方法'), 'モバイル アプリ');
	await u.press(s.pc.getByRole('button', { name: 'セットアップ' }));
	await step('setup-install-app');
	await u.press(s.phone.getByRole('button', { name: 'ストア' }));
	await u.press(s.phone.getByRole('button', { name: '入手' }));
	await u.press(s.phone.getByRole('button', { name: '開く' }));
	await step('setup-app-first-launch');
	await u.press(s.phone.getByRole('button', { name: '同意します' }));
	await u.press(s.phone.getByRole('button', { name: 'QRコードをスキャンします' }));
	await step('setup-scan-qr');
	await u.press(s.phone.getByRole('button', { name: 'QR コードを読み取る' }));
	await step('setup-account-added');
	await u.press(s.phone.getByRole('button', { name: /s1234567@example\.ac\.jp/ }));
	await step('setup-check-code');
	// On a phone the view goes to the PC, whose 次へ is next; the app's code shows above it, and the
	// student may turn to the phone to see it change.
	await u.follow('pc');
	expect(await u.glance('スマートフォンのアプリのコード')).toMatch(/^\d{3} \d{3}$/);
	await u.look('phone', () => expect(s.phone.getByText(/^あと \d+ 秒$/)).toBeVisible());
	// ⑩: the PC's 次へ, as the manual says; the address records the step it passes through.
	await u.press(s.pc.getByRole('button', { name: '次へ' }));
	await step('setup-choose-code');
	await u.check(s.pc.getByRole('radio', { name: '確認コードを使用する' }));
	await u.press(s.pc.getByRole('button', { name: '次へ' }));
	await step('setup-enter-code');
	await expect(s.pc.getByText('手順 2: モバイル アプリから確認パスワードを入力してください')).toBeVisible();
	await u.follow('pc');
	const first = (await u.glance('スマートフォンのアプリのコード'))!;
	await u.fill(s.pc.getByLabel('確認コード'), first);
	await u.press(s.pc.getByRole('button', { name: '確認' }));
	await step('setup-backup-phone');
	await expect(s.pc.getByText('確認に成功しました')).toBeVisible();
	await u.press(s.pc.getByRole('button', { name: '完了' }));
	await step('signin-sign-in');
	// Next time: the code has moved on since registering.
	await page.clock.fastForward(30_000);
	await u.press(s.pc.getByRole('button', { name: 'サインイン', exact: true }));
	await step('signin-enter-code');
	await u.check(s.pc.getByRole('checkbox', { name: '今後 14 日間はこのメッセージを表示しない' }));
	await u.follow('pc');
	await expect.poll(() => u.glance('スマートフォンのアプリのコード')).not.toBe(first);
	const next = (await u.glance('スマートフォンのアプリのコード'))!;
	await u.fill(s.pc.getByLabel('確認コード'), next);
	// Enter in the field submits, as on the real page.
	await s.pc.getByLabel('確認コード').press('Enter');
	await step('signin-done');
	await expect(s.root).toHaveAttribute('data-done', 'true');
	await expect(s.pc.getByText('サインインしました。')).toBeVisible();
	await u.finish();
});

test('the phone’s code changes every 30 seconds with a countdown', async ({ page }) => {
	await page.clock.install();
	const s = await open(page, '?step=setup-check-code');
	const first = await codeOnPhone(page);
	const seconds = s.phone.getByText(/^あと \d+ 秒$/);
	const left = Number(/\d+/.exec((await seconds.textContent())!)![0]);
	expect(left).toBeGreaterThan(0);
	expect(left).toBeLessThanOrEqual(30);
	await page.clock.fastForward(left * 1000 + 500);
	await expect(s.phone.getByText(/^\d{3} \d{3}$/)).not.toHaveText(first);
	await expect(seconds).toBeVisible();
});

test('codes typed the way people type them: full-width digits and spaces pass; each mistake has its own message', async ({ page }) => {
	await page.clock.install();
	const s = await open(page, '?step=signin-enter-code');
	const field = s.pc.getByLabel('確認コード');
	const verify = s.pc.getByRole('button', { name: '確認' });
	const alert = s.pc.getByRole('alert');

	await field.fill('12345');
	await verify.click();
	await expect(alert).toHaveText('コードは 6 桁です（入力されたのは 5 桁）。');
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await field.fill('12345a');
	await verify.click();
	await expect(alert).toHaveText(/数字以外の文字/);
	const code = await codeOnPhone(page);
	const wrong = code.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
	await field.fill(wrong);
	await verify.click();
	await expect(alert).toHaveText('コードが正しくありません。あと 4 回間違えると、しばらくの間ロックされます。');
	await axeClean(page);
	const wide = code.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(' ', '\u3000');
	await field.fill(wide);
	await verify.click();
	await s.at('signin-done');
});

test('opened at the next sign-in, the first code the phone shows signs the student in (registration was a day ago)', async ({ page }) => {
	const s = await open(page, '?step=signin-sign-in');
	await s.pc.getByRole('button', { name: 'サインイン', exact: true }).click();
	await s.at('signin-enter-code');
	await s.pc.getByLabel('確認コード').fill(await codeOnPhone(page));
	await s.pc.getByRole('button', { name: '確認' }).click();
	await s.at('signin-done');
	await expect(s.pc.getByRole('alert')).toHaveCount(0);
});

test('five wrong codes lock the practice account with a visible countdown; afterwards the code works', async ({ page }) => {
	await page.clock.install();
	const s = await open(page, '?step=signin-enter-code');
	const field = s.pc.getByLabel('確認コード');
	const verify = s.pc.getByRole('button', { name: '確認' });
	const code = await codeOnPhone(page);
	const wrong = code.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
	for (let i = 0; i < 5; i++) {
		await field.fill(wrong);
		await verify.click();
		await expect(s.pc.getByRole('alert')).toBeVisible();
	}
	await expect(s.pc.getByRole('alert')).toHaveText('コードを 5 回続けて間違えたため、練習用アカウントは一時的にロックされています。');
	const countdown = s.pc.getByText(/^あと \d+ 秒で、もう一度入力できます。$/);
	await expect(countdown).toHaveText('あと 30 秒で、もう一度入力できます。');
	await axeClean(page);
	await page.clock.fastForward(10_000);
	// Ten seconds on (and whatever the checks above took): the text follows the clock.
	const secondsLeft = async () => Number(/\d+/.exec((await countdown.textContent()) ?? '')![0]);
	await expect.poll(secondsLeft).toBeLessThanOrEqual(20);
	expect(await secondsLeft()).toBeGreaterThan(5);
	// The countdown is not a live region: it would be read out every second.
	expect(await countdown.evaluate((el) => el.closest('[aria-live], [role="status"], [role="alert"]'))).toBeNull();
	// Even the right code is refused while locked.
	await field.fill(await codeOnPhone(page));
	await verify.click();
	// The lock's alert is already on screen: wait for the service's answer itself, or the clock
	// below may move past the lock while the code is still on its way, and it would be accepted.
	await expect(s.root).toHaveAttribute('data-busy', 'false');
	await expect(s.pc.getByRole('alert')).toContainText('ロックされています');
	await page.clock.fastForward(31_000);
	// The end of the lock is said once, by the announcement region; the screen's line says it silently.
	await expect(page.locator('[data-announce]')).toHaveText('ロックが解除されました。もう一度コードを入力できます。');
	const line = s.pc.getByText('ロックが解除されました。もう一度コードを入力してください。');
	await expect(line).toBeVisible();
	expect(await line.evaluate((el) => el.closest('[aria-live], [role="status"], [role="alert"]'))).toBeNull();
	await expect(page.locator('[aria-live], [role="status"], [role="alert"]').filter({ hasText: 'ロックが解除されました' })).toHaveCount(1);
	await axeClean(page);
	await field.fill(await codeOnPhone(page));
	await verify.click();
	await s.at('signin-done');
});

test('the English code simulator speaks English', async ({ page }) => {
	const s = await open(page, '?step=setup-enter-code', 'en');
	const pc = page.getByRole('region', { name: 'PC browser' });
	await s.at('setup-enter-code');
	await expect(pc.getByText('Step 2: Enter the verification code from the mobile app')).toBeVisible();
	await pc.getByLabel('Verification code').fill('12');
	await pc.getByRole('button', { name: 'Verify' }).click();
	await expect(pc.getByRole('alert')).toHaveText('The code has six digits (you typed 2).');
	// One sweep in English: every step's screens are swept in the Japanese walk, with the same structure.
	await axeClean(page);
});

test('a code entry that cannot start because the app is gone says so, not “could not connect”', async ({ page }) => {
	const s = await open(page, '?step=signin-sign-in');
	// The practice tenant without its app, as if registration had not been finished.
	await page.addInitScript(() => {
		const key = 'mfa-practice:manual:code';
		const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null');
		if (saved) sessionStorage.setItem(key, JSON.stringify({ ...saved, tenant: { ...saved.tenant, device: null } }));
	});
	await page.reload();
	await expect(page.locator('[data-simulator][data-state="ready"]')).toBeVisible();
	await s.pc.getByRole('button', { name: 'サインイン', exact: true }).click();
	await expect(s.pc.getByRole('heading', { name: '確認を始められませんでした' })).toBeVisible();
	await expect(s.pc.getByRole('alert')).toHaveText('登録がまだ終わっていません。最初からやり直してください。');
	await axeClean(page);
});

test('every code chapter step shows its screens as a still picture with a practice link', async ({ page }) => {
	await page.goto('/manual/code/');
	for (const step of STEPS) {
		const section = page.locator(`[id="${step.id}"]`);
		const picture = section.getByRole('img', { name: /練習用の画面の例/ });
		await expect(picture).toBeVisible();
		expect(await picture.locator('button, input, select, a, [tabindex]').count()).toBe(0);
		await expect(section.getByRole('link', { name: 'この手順を練習する' })).toHaveAttribute(
			'href',
			`/manual/practice/code/?step=${step.id}`,
		);
	}
	const names = await page.locator('.sim-devices--static[role="img"]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
	expect(names).toHaveLength(STEPS.length);
	expect(new Set(names).size).toBe(STEPS.length);
	expect(names[STEPS.findIndex((s) => s.id === 'setup-choose-code')]).toContain('「確認コードを使用する」が選ばれている');
});
