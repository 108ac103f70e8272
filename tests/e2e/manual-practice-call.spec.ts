import { stepsOf } from '../../src/steps';
import { expect, type Locator, type Page, test } from '../support/fixtures';
import { axeClean, keyboard, PHONE, practice, scrollToPractice, student } from '../support/simulator';

// These specs walk the manual's simulator (December 2020) in detail, at /manual/practice/call/.
const STEPS = stepsOf('call', 'manual');

const { sim, open } = practice('call', 'manual');

type Press = (control: Locator) => Promise<void>;

/**
 * The chapter done by a student reading only the screens: by touch on a phone (`phone`, one
 * device on show, every control in view before it is used) or with the keyboard. Axe sees
 * every step, both devices on show, in manual-walks.spec.ts.
 */
async function registerAndSignIn(
	page: Page,
	press: Press,
	fill: (field: Locator, text: string) => Promise<void>,
	choose: (radio: Locator) => Promise<void>,
	{ phone }: { phone: boolean },
) {
	const s = sim(page);
	const u = student(page, { phone });
	const { look, follow } = u;
	const step = u.at;
	const answer = async () => {
		await expect(s.phone.getByRole('heading', { name: '着信' })).toBeVisible();
		await press(s.phone.getByRole('button', { name: '応答' }));
		await expect(s.phone.getByText(/# キーを押してください/)).toBeVisible();
		await press(s.phone.getByRole('group', { name: 'キーパッド' }).getByRole('button', { name: '#' }));
	};
	await step('setup-sign-in');
	await press(s.pc.getByRole('button', { name: 'サインイン', exact: true }));
	await step('setup-more-info');
	await press(s.pc.getByRole('button', { name: '次へ' }));
	await step('setup-phone-number');
	await fill(s.pc.getByLabel('電話番号'), '+81 90 1234 5678');
	await choose(s.pc.getByRole('radio', { name: '電話する' }));
	await press(s.pc.getByRole('button', { name: '次へ' }));
	await step('setup-answer-call');
	// The phone rings (on a phone the view goes there); the student looks at what the PC says, and comes back.
	await expect(s.phone.getByRole('heading', { name: '着信' })).toBeVisible();
	await follow('phone');
	await look('pc', () => expect(s.pc.getByText('手順 2: 電話 (+81 9012345678) に電話をかけています')).toBeVisible());
	await answer();
	await step('setup-done');
	await follow('pc');
	await expect(s.pc.getByText('確認に成功しました')).toBeVisible();
	await look('phone', () => expect(s.phone.getByText(/確認が完了しました/)).toBeVisible());
	await press(s.pc.getByRole('button', { name: '完了' }));
	await step('signin-sign-in');
	await press(s.pc.getByRole('button', { name: 'サインイン', exact: true }));
	await step('signin-answer-call');
	// The phone rings (on a phone the view goes there); the student looks at what the PC says, and comes back.
	await expect(s.phone.getByRole('heading', { name: '着信' })).toBeVisible();
	await follow('phone');
	await look('pc', () => expect(s.pc.getByText('+81 XXXXXXXX78 に電話をかけています。応答して続行してください。')).toBeVisible());
	await answer();
	await step('signin-done');
	await expect(s.root).toHaveAttribute('data-done', 'true');
	if (phone) await u.finish();
}

test.describe('on a phone', () => {
	test.use({ viewport: PHONE });

	test('student registers a number and signs in by answering and pressing #, reading only the screens, each control in view', async ({
		page,
	}) => {
		test.setTimeout(90_000);
		await open(page);
		await scrollToPractice(page);
		const { press, fill, check } = student(page, { phone: true });
		await registerAndSignIn(page, press, fill, check, { phone: true });
	});
});

// The SMS practice has the same phone form: this walk covers its keyboard use too.
test('student does the same with the keyboard alone, keypad included', async ({ page }) => {
	test.setTimeout(90_000);
	await open(page);
	await registerAndSignIn(
		page,
		(c) => keyboard(page, c),
		async (field, text) => {
			await keyboard(page, field, '');
			await page.keyboard.type(text);
		},
		// Tab reaches a radio group once; the arrow keys move within it, as people use it.
		async (radio) => {
			await keyboard(page, sim(page).pc.getByRole('radio', { name: 'コードを SMS で送信する' }), 'ArrowDown');
			await expect(radio).toBeChecked();
		},
		{ phone: false },
	);
});

test('not answering: the phone stops ringing, the PC says nobody answered, and can call again', async ({ page }) => {
	await page.clock.install();
	const s = await open(page, '?step=signin-answer-call');
	await expect(s.phone.getByRole('heading', { name: '着信' })).toBeVisible();
	await page.clock.fastForward(31_000);
	await expect(s.pc.getByRole('heading', { name: '電話に応答がありませんでした' })).toBeVisible();
	await expect(s.phone.getByText('Microsoft からの不在着信: 1 件')).toBeVisible();
	await axeClean(page);
	await s.pc.getByRole('button', { name: 'もう一度電話する' }).click();
	await expect(s.phone.getByRole('heading', { name: '着信' })).toBeVisible();
});

test('a student who typed the wrong number can change it while the phone rings, without waiting for the call to end', async ({ page }) => {
	const s = await open(page, '?step=setup-answer-call');
	await expect(s.phone.getByRole('heading', { name: '着信' })).toBeVisible();
	await s.pc.getByRole('button', { name: '電話番号を変更する' }).click();
	await s.at('setup-phone-number');
	await expect(s.pc.getByLabel('電話番号')).toBeVisible();
	// The call is withdrawn at the service: the practice phone stops ringing.
	await expect(s.phone.getByRole('heading', { name: '着信' })).toBeHidden();
	await axeClean(page);
});

test('hanging up, or pressing another key, fails as the real service does', async ({ page }) => {
	const s = await open(page, '?step=setup-answer-call');
	await s.phone.getByRole('button', { name: '拒否' }).click();
	await expect(s.pc.getByRole('heading', { name: '通話が終了しました' })).toBeVisible();
	await axeClean(page);
	await s.pc.getByRole('button', { name: 'もう一度電話する' }).click();
	await s.phone.getByRole('button', { name: '応答' }).click();
	const key = s.phone.getByRole('button', { name: '1', exact: true });
	await key.click();
	await expect(s.pc.getByRole('heading', { name: '正しいキーが押されませんでした' })).toBeVisible();
	await expect(s.pc.getByRole('alert')).toHaveText(/# 以外のキーが押されたため/);
	await expect(s.phone.getByRole('heading', { name: '通話終了' })).toBeVisible();
	await axeClean(page);
	// At registration the number can be changed from here.
	await s.pc.getByRole('button', { name: '電話番号を変更する' }).click();
	await s.at('setup-phone-number');
});

test('pressing 0# reports fraud: the sign-in is blocked, and the page explains what that means and what to do', async ({ page }) => {
	const s = await open(page, '?step=signin-answer-call');
	await s.phone.getByRole('button', { name: '応答' }).click();
	await s.phone.getByRole('button', { name: '0', exact: true }).click();
	// Focus stays on the keypad while the call goes on.
	await expect(s.phone.getByRole('button', { name: '0', exact: true })).toBeFocused();
	await expect(s.phone.getByText('押したキー: 0')).toBeVisible();
	await s.phone.getByRole('button', { name: '#', exact: true }).click();
	await expect(s.pc.getByRole('heading', { name: 'サインインがブロックされました' })).toBeVisible();
	await expect(s.pc.getByRole('alert')).toHaveText(/不正なサインインとして報告され、拒否されました/);
	await expect(s.pc.getByText(/90 日間、または管理者が解除するまで/)).toBeVisible();
	await expect(s.pc.getByText(/すぐにパスワードを変更し、窓口に連絡してください/)).toBeVisible();
	await expect(s.phone.getByText(/不正なサインインの報告を受け付けました/)).toBeVisible();
	await axeClean(page);
	await s.pc.getByRole('button', { name: '窓口にブロックを解除してもらう（練習）' }).click();
	await s.at('signin-sign-in');
	await expect(s.pc.getByText('ブロックが解除されました（練習）。もう一度サインインできます。')).toBeVisible();
});

test('the English call simulator speaks English', async ({ page }) => {
	const s = await open(page, '?step=setup-answer-call', 'en');
	const phone = page.getByRole('region', { name: 'Phone' });
	await phone.getByRole('button', { name: 'Answer' }).click();
	await phone.getByRole('group', { name: 'Keypad' }).getByRole('button', { name: '#' }).click();
	await s.at('setup-done');
	await expect(page.getByRole('region', { name: 'PC browser' }).getByText('Verification successful')).toBeVisible();
	// One sweep in English: every step's screens are swept in the Japanese walk, with the same structure.
	await axeClean(page);
});

test('every call chapter step shows its screens as a still picture with a practice link', async ({ page }) => {
	await page.goto('/manual/call/');
	for (const step of STEPS) {
		const section = page.locator(`[id="${step.id}"]`);
		const picture = section.getByRole('img', { name: /練習用の画面の例/ });
		await expect(picture).toBeVisible();
		expect(await picture.locator('button, input, select, a, [tabindex]').count()).toBe(0);
		await expect(section.getByRole('link', { name: 'この手順を練習する' })).toHaveAttribute(
			'href',
			`/manual/practice/call/?step=${step.id}`,
		);
	}
	const names = await page.locator('.sim-devices--static[role="img"]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
	expect(names).toHaveLength(STEPS.length);
	expect(new Set(names).size).toBe(STEPS.length);
	expect(names[STEPS.findIndex((s) => s.id === 'signin-answer-call')]).toContain('「Microsoft（練習）」から電話がかかってきている');
});
