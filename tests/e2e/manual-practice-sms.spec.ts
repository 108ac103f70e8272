import { stepsOf } from '../../src/steps';
import { expect, type Page, test } from '../support/fixtures';
import { axeClean, PHONE, practice, scrollToPractice, simulatorReady, student } from '../support/simulator';

// These specs walk the manual's simulator (December 2020) in detail, at /manual/practice/sms/.
const STEPS = stepsOf('sms', 'manual');

const { sim, open } = practice('sms', 'manual');

/** The practice phone's number, read off its home screen. */
async function phoneNumber(page: Page) {
	const line = sim(page).phone.getByText(/^この練習用スマートフォンの番号: /);
	return /[\d-]+$/.exec((await line.textContent())!)![0];
}

/** The code in the newest text message in the phone's Messages app. */
async function newestCode(page: Page) {
	const messages = sim(page).phone.getByRole('listitem');
	const last = messages.last();
	await expect(last).toContainText(/確認コード \d{6}/);
	return /\d{6}/.exec((await last.textContent())!)![0];
}

/**
 * The chapter done by a student on a phone reading only the screens: one device on show,
 * every control in view before it is used (axe sees every step, both devices on show, in
 * manual-walks.spec.ts).
 */
async function registerAndSignIn(page: Page) {
	const s = sim(page);
	const u = student(page, { phone: true });
	const { press, fill, check: choose, look, follow, glance } = u;
	const step = u.at;
	await step('setup-sign-in');
	await press(s.pc.getByRole('button', { name: 'サインイン', exact: true }));
	await step('setup-more-info');
	await press(s.pc.getByRole('button', { name: '次へ' }));
	await step('setup-phone-number');
	await expect(s.pc.getByLabel('連絡方法')).toHaveValue('phone');
	await expect(s.pc.getByLabel('国/地域を選択してください')).toHaveValue('JP');
	// The number is on the phone's home screen (and in the PC's hint).
	let number = '';
	await look('phone', async () => {
		number = await phoneNumber(page);
	});
	await follow('pc');
	await fill(s.pc.getByLabel('電話番号'), number);
	await choose(s.pc.getByRole('radio', { name: 'コードを SMS で送信する' }));
	await press(s.pc.getByRole('button', { name: '次へ' }));
	await step('setup-enter-code');
	await follow('phone');
	await look('pc', () => expect(s.pc.getByText('手順 2: 電話 (+81 9012345678) にテキスト メッセージを送信しました')).toBeVisible());
	await press(s.phone.getByRole('button', { name: /^メッセージ（Microsoft）/ }));
	// The code is typed on the PC: the view goes there, the text's code above it.
	await follow('pc');
	await axeClean(page);
	const first = (await glance('スマートフォンに届いた SMS のコード'))!;
	await look('phone', async () => {
		await expect(s.phone.getByRole('heading', { name: 'メッセージ' })).toBeVisible();
		expect(await newestCode(page)).toBe(first);
	});
	await fill(s.pc.getByLabel('確認コード'), first);
	await press(s.pc.getByRole('button', { name: '確認' }));
	await step('setup-done');
	await expect(s.pc.getByText('確認に成功しました')).toBeVisible();
	await press(s.pc.getByRole('button', { name: '完了' }));
	await step('signin-sign-in');
	await press(s.pc.getByRole('button', { name: 'サインイン', exact: true }));
	await step('signin-enter-code');
	await expect(s.pc.getByText('+81 XXXXXXXX78 に SMS を送信しました。コードを入力してサインインしてください。')).toBeVisible();
	// The new text arrives in the open Messages app; its code shows above the PC.
	await follow('pc');
	await expect.poll(() => glance('スマートフォンに届いた SMS のコード')).not.toBe(first);
	const second = (await glance('スマートフォンに届いた SMS のコード'))!;
	await look('phone', () => expect(s.phone.getByRole('listitem')).toHaveCount(2));
	await fill(s.pc.getByLabel('確認コード'), second);
	await press(s.pc.getByRole('button', { name: '確認' }));
	await step('signin-done');
	await expect(s.root).toHaveAttribute('data-done', 'true');
	await expect(s.pc.getByText('サインインしました。')).toBeVisible();
	await u.finish();
}

test.describe('on a phone', () => {
	test.use({ viewport: PHONE });

	test('student registers a number and signs in with the texted code, reading only the screens, each control in view', async ({ page }) => {
		test.setTimeout(90_000);
		await open(page);
		await scrollToPractice(page);
		await registerAndSignIn(page);
	});
});

test('a number typed the Japanese way is normalised; nonsense is refused with a clear message', async ({ page }) => {
	const s = await open(page, '?step=setup-phone-number');
	const number = s.pc.getByLabel('電話番号');
	await s.pc.getByRole('radio', { name: 'コードを SMS で送信する' }).check();
	await number.fill('でんわ');
	await s.pc.getByRole('button', { name: '次へ' }).click();
	await expect(s.pc.getByRole('alert')).toHaveText('電話番号として読み取れません。数字で入力してください（例: 090-1234-5678）。');
	await expect(number).toHaveAttribute('aria-invalid', 'true');
	await expect(number).toHaveValue('でんわ');
	await axeClean(page);
	await number.fill('090-1234');
	await s.pc.getByRole('button', { name: '次へ' }).click();
	await expect(s.pc.getByRole('alert')).toContainText('桁数が正しくありません');
	await number.fill('０９０－１２３４－５６７８');
	await s.pc.getByRole('button', { name: '次へ' }).click();
	await s.at('setup-enter-code');
	await expect(s.pc.getByText('手順 2: 電話 (+81 9012345678) にテキスト メッセージを送信しました')).toBeVisible();
});

test('a code past its five minutes is refused; a new one can be sent and works', async ({ page }) => {
	await page.clock.install();
	const s = await open(page, '?step=setup-enter-code');
	await s.phone
		.getByRole('button', { name: /^メッセージ/ })
		.first()
		.click();
	const old = await newestCode(page);
	await page.clock.fastForward(5 * 60_000);
	await s.pc.getByLabel('確認コード').fill(old);
	await s.pc.getByRole('button', { name: '確認' }).click();
	await expect(s.pc.getByRole('alert')).toContainText('有効期限が切れた');
	await axeClean(page);
	await s.pc.getByRole('button', { name: 'コードを再送信する' }).click();
	await expect(s.phone.getByRole('listitem')).toHaveCount(2);
	await s.pc.getByLabel('確認コード').fill(await newestCode(page));
	await s.pc.getByRole('button', { name: '確認' }).click();
	await s.at('setup-done');
});

test('a wrong code says how many tries are left', async ({ page }) => {
	const s = await open(page, '?step=signin-enter-code');
	await s.pc.getByLabel('確認コード').fill('000000');
	await s.pc.getByRole('button', { name: '確認' }).click();
	// (000000 could be the right code once in a million.)
	await expect(s.pc.getByRole('alert')).toHaveText('コードが正しくありません。あと 4 回間違えると、しばらくの間ロックされます。');
	await axeClean(page);
});

test('a country chosen from the list stays chosen when the number is refused', async ({ page }) => {
	const s = await open(page, '?step=setup-phone-number');
	const country = s.pc.getByLabel('国/地域を選択してください');
	for (const [label, value] of [
		['アメリカ合衆国 (+1)', 'US'],
		['中国 (+86)', 'CN'],
	] as const) {
		await country.selectOption({ label });
		await s.pc.getByRole('radio', { name: 'コードを SMS で送信する' }).check();
		await s.pc.getByLabel('電話番号').fill('でんわ');
		await s.pc.getByRole('button', { name: '次へ' }).click();
		await expect(s.pc.getByRole('alert')).toContainText('電話番号として読み取れません');
		// The screen was drawn again for the error; the choice is still the student's.
		await expect(country).toHaveValue(value);
		await expect(s.pc.getByLabel('電話番号')).toHaveValue('でんわ');
	}
});

test('a text that cannot be sent to a blocked account says so, not “could not connect”', async ({ page }) => {
	const s = await open(page, '?step=signin-sign-in');
	// The practice tenant as if a fraud report had blocked it: set in the saved session
	// before the page reads it again, so the reload resumes into a blocked account.
	await page.addInitScript(() => {
		const key = 'mfa-practice:manual:sms';
		const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null');
		if (saved) sessionStorage.setItem(key, JSON.stringify({ ...saved, tenant: { ...saved.tenant, blocked: true } }));
	});
	await page.reload();
	await expect(page.locator('[data-simulator][data-state="ready"]')).toBeVisible();
	await s.pc.getByRole('button', { name: 'サインイン', exact: true }).click();
	await expect(s.pc.getByRole('heading', { name: 'サインインがブロックされました' })).toBeVisible();
	await expect(s.pc.getByRole('alert')).toHaveText('このアカウントはブロックされています。窓口に連絡してください。');
	await expect(s.pc.getByText('通信できませんでした')).toHaveCount(0);
	await axeClean(page);
});

test('rapid back and forward over an in-page link leave one practice session running; start over is not undone by a reload', async ({
	page,
}) => {
	const sessions: string[] = [];
	page.on('request', (request) => {
		const id = request.headers()['x-practice-session'];
		if (id) sessions.push(id);
	});
	const s = await open(page, '?step=signin-sign-in');
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await s.pc.getByRole('button', { name: 'サインイン', exact: true }).click();
	await s.at('signin-enter-code');
	// The steps add no history; an in-page link (the table of contents) does, and Back and forward
	// over it each start the practice again at the step the address names.
	await page.evaluate(() => history.pushState(null, '', `${location.pathname}${location.search}#top`));
	// Back, and forward again while the step is still being replayed.
	for (let i = 0; i < 2; i++) {
		await page.evaluate(async () => {
			const popped = () => new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
			history.back();
			await popped();
			history.forward();
			await popped();
		});
		await expect(page.locator('[data-simulator][data-state="ready"]')).toBeVisible();
		// Whatever finished last, the simulator shows the step the address names.
		await page.waitForTimeout(1500);
		expect(new URL(page.url()).searchParams.get('step')).toBe('signin-enter-code');
		await s.at('signin-enter-code');
	}
	// The phone asks the phone network every second: from now on, only one session may ask.
	const from = sessions.length;
	await page.waitForTimeout(3000);
	expect(new Set(sessions.slice(from)).size).toBe(1);

	await page.getByRole('button', { name: '最初からやり直す' }).click();
	await s.at('setup-sign-in');
	await page.waitForTimeout(1500);
	await page.reload();
	await simulatorReady(page);
	await s.at('setup-sign-in');
	await expect(s.pc.getByRole('heading', { name: 'サインイン' })).toBeVisible();
});

test('the English SMS simulator speaks English', async ({ page }) => {
	const s = await open(page, '?step=setup-enter-code', 'en');
	await s.at('setup-enter-code');
	const phone = page.getByRole('region', { name: 'Phone' });
	await phone.getByRole('button', { name: /^Message from Microsoft: Use verification code \d{6}/ }).click();
	await expect(phone.getByRole('heading', { name: 'Messages' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'PC browser' }).getByRole('button', { name: 'Send a new code' })).toBeVisible();
	await axeClean(page);
	await page.getByRole('region', { name: 'PC browser' }).getByLabel('Verification code').fill('1234567');
	await page.getByRole('region', { name: 'PC browser' }).getByRole('button', { name: 'Verify' }).click();
	await expect(page.getByRole('region', { name: 'PC browser' }).getByRole('alert')).toHaveText('The code has six digits (you typed 7).');
	await axeClean(page);
	await open(page, '?step=setup-phone-number', 'en');
	await axeClean(page);
});

test('every SMS chapter step shows its screens as a still picture with a practice link', async ({ page }) => {
	await page.goto('/manual/sms/');
	for (const step of STEPS) {
		const section = page.locator(`[id="${step.id}"]`);
		const picture = section.getByRole('img', { name: /練習用の画面の例/ });
		await expect(picture).toBeVisible();
		expect(await picture.locator('button, input, select, a, [tabindex]').count()).toBe(0);
		await expect(section.getByRole('link', { name: 'この手順を練習する' })).toHaveAttribute(
			'href',
			`/manual/practice/sms/?step=${step.id}`,
		);
	}
	const names = await page.locator('.sim-devices--static[role="img"]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
	expect(names).toHaveLength(STEPS.length);
	// Each picture says what its step shows: no two alike, and the text with its code named.
	expect(new Set(names).size).toBe(STEPS.length);
	expect(names[STEPS.findIndex((s) => s.id === 'setup-enter-code')]).toMatch(
		/SMS が届いている: 「Microsoft 認証に確認コード \d{6} を使用してください（練習）」/,
	);
	expect(
		await page.evaluate(() => {
			const seen = new Map<string, number>();
			for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
			return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
		}),
	).toEqual([]);
});
