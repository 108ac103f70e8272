import { stepsOf } from '../../src/steps';
import { expect, type Locator, type Page, test } from '../support/fixtures';
import { axeClean, keyboard, PHONE, practice, scrollToPractice, simulatorReady, student } from '../support/simulator';

// These specs walk the manual's simulator (December 2020) in detail, at /manual/practice/push/.
const STEPS = stepsOf('push', 'manual');

const { sim, open } = practice('push', 'manual');

type Press = (control: Locator, key?: string) => Promise<void>;

/** The whole manual chapter 3 done by a student who reads only the buttons. */
async function registerAndSignIn(
	page: Page,
	press: Press,
	choose: { contact: (select: Locator) => Promise<void>; radio: (radio: Locator) => Promise<void>; check: (box: Locator) => Promise<void> },
	{ phone = false } = {},
) {
	const s = sim(page);
	// On a phone: one device on show, the student turning to the other where the page says (or to read it).
	const u = student(page, { phone });
	const { look, follow } = u;
	// Axe sees every step of this chapter, both devices on show, in manual-walks.spec.ts.
	const at = u.at;
	await at('setup-sign-in');
	await press(s.pc.getByRole('button', { name: 'サインイン', exact: true }));
	await at('setup-more-info');
	await press(s.pc.getByRole('button', { name: '次へ' }));
	await at('setup-choose-app');
	await choose.contact(s.pc.getByLabel('連絡方法'));
	await press(s.pc.getByRole('button', { name: 'セットアップ' }));
	await at('setup-install-app');
	await press(s.phone.getByRole('button', { name: 'ストア' }));
	await press(s.phone.getByRole('button', { name: '入手' }));
	await press(s.phone.getByRole('button', { name: '開く' }));
	await at('setup-app-first-launch');
	await press(s.phone.getByRole('button', { name: '同意します' }));
	await press(s.phone.getByRole('button', { name: 'QRコードをスキャンします' }));
	await at('setup-scan-qr');
	await press(s.phone.getByRole('button', { name: 'QR コードを読み取る' }));
	await at('setup-account-added');
	await press(s.phone.getByRole('button', { name: /s1234567@example\.ac\.jp/ }));
	await at('setup-check-code');
	await look('phone', () => expect(s.phone.getByText(/^\d{3} \d{3}$/)).toBeVisible());
	// ⑩ of the manual is the PC's own 次へ: no button outside the screens is needed.
	await expect(page.getByText('コードを確かめたら、PC の「モバイル アプリケーションの構成」画面で「次へ」を押します。')).toBeVisible();
	await expect(page.getByRole('button', { name: '次の手順へ進む' })).toHaveCount(0);
	await follow('pc');
	await press(s.pc.getByRole('button', { name: '次へ' }));
	await at('setup-choose-notification');
	await choose.radio(s.pc.getByRole('radio', { name: '確認のため通知を受け取る' }));
	await press(s.pc.getByRole('button', { name: '次へ' }));
	await at('setup-approve');
	await press(s.phone.getByRole('button', { name: /サインインを承認しますか/ }));
	await press(s.phone.getByRole('button', { name: '承認' }));
	await at('setup-backup-phone');
	await expect(s.pc.getByText('確認に成功しました')).toBeVisible();
	await press(s.pc.getByRole('button', { name: '完了' }));
	await at('signin-sign-in');
	await press(s.pc.getByRole('button', { name: 'サインイン', exact: true }));
	await at('signin-request-sent');
	// The request reaches the phone (on a phone the view goes there); the box to tick is the PC's.
	await expect(s.phone.getByRole('button', { name: /サインインを承認しますか/ })).toBeVisible();
	await look('pc', () => choose.check(s.pc.getByRole('checkbox', { name: '今後 14 日間はこのメッセージを表示しない' })));
	await follow('phone');
	await press(s.phone.getByRole('button', { name: /サインインを承認しますか/ }));
	await at('signin-approve');
	await press(s.phone.getByRole('button', { name: '承認' }));
	await at('signin-done');
	await expect(s.root).toHaveAttribute('data-done', 'true');
	await expect(s.pc.getByText('サインインしました。')).toBeVisible();
	if (phone) await u.finish();
}

test.describe('on a phone', () => {
	test.use({ viewport: PHONE });

	test('student registers and signs in by touch, reading only the buttons, each already in view when pressed', async ({ page }) => {
		test.setTimeout(90_000);
		await open(page);
		await scrollToPractice(page);
		const { press, select, check } = student(page, { phone: true });
		await registerAndSignIn(
			page,
			press,
			{ contact: (control) => select(control, 'モバイル アプリ'), radio: check, check },
			{ phone: true },
		);
		expect(new URL(page.url()).searchParams.get('step')).toBe('signin-done');
	});
});

test('student registers and signs in with the keyboard alone', async ({ page }) => {
	// A whole registration and sign-in by Tab and Enter: over the default 30 s on two busy cores.
	test.setTimeout(60_000);
	await open(page);
	const press: Press = (control, key) => keyboard(page, control, key);
	await registerAndSignIn(page, press, {
		// A focused select changes with the arrow keys, as people use it.
		contact: async (select) => {
			await keyboard(page, select, 'ArrowDown');
			await expect(select).toHaveValue('app');
		},
		radio: async (radio) => {
			await keyboard(page, radio, 'Space');
			await expect(radio).toBeChecked();
		},
		check: async (box) => {
			await keyboard(page, box, 'Space');
			await expect(box).toBeChecked();
		},
	});
});

test('a trusted PC is not asked again within the days, and is asked after them', async ({ page }) => {
	const s = await open(page, '?step=signin-request-sent');
	await s.pc.getByRole('checkbox', { name: '今後 14 日間はこのメッセージを表示しない' }).check();
	await s.phone.getByRole('button', { name: /サインインを承認しますか/ }).click();
	await s.phone.getByRole('button', { name: '承認' }).click();
	await s.at('signin-done');

	await s.pc.getByRole('button', { name: '翌日にもう一度サインインする' }).click();
	await s.at('signin-sign-in');
	await s.pc.getByRole('button', { name: 'サインイン', exact: true }).click();
	await s.at('signin-done');
	await expect(s.pc.getByText(/信頼されているため、今回は確認を求められませんでした/)).toBeVisible();

	await s.pc.getByRole('button', { name: '15 日後にもう一度サインインする' }).click();
	await s.pc.getByRole('button', { name: 'サインイン', exact: true }).click();
	await s.at('signin-request-sent');
});

test('denying a request fails the sign-in and gives the real advice', async ({ page }) => {
	const s = await open(page, '?step=signin-request-sent');
	await s.phone.getByRole('button', { name: /サインインを承認しますか/ }).click();
	await s.phone.getByRole('button', { name: '拒否' }).click();
	await expect(s.pc.getByRole('heading', { name: '要求が拒否されました' })).toBeVisible();
	await expect(s.pc.getByText(/すぐにパスワードを変更し/)).toBeVisible();
	await axeClean(page);
	await s.pc.getByRole('button', { name: 'もう一度サインインする' }).click();
	await s.at('signin-sign-in');
});

test('an unanswered request expires after about a minute and can be sent again', async ({ page }) => {
	await page.clock.install();
	const s = await open(page, '?step=signin-request-sent');
	await expect(s.phone.getByRole('button', { name: /サインインを承認しますか/ })).toBeVisible();
	await page.clock.fastForward(61_000);
	await expect(s.pc.getByRole('heading', { name: '応答がありませんでした' })).toBeVisible();
	await expect(s.phone.getByRole('button', { name: /サインインを承認しますか/ })).toHaveCount(0);
	await axeClean(page);
	await s.pc.getByRole('button', { name: '要求を再送信する' }).click();
	await page.clock.fastForward(2_000);
	await expect(s.phone.getByRole('button', { name: /サインインを承認しますか/ })).toBeVisible();
});

test('a wrong choice is explained kindly and nothing is lost', async ({ page }) => {
	const s = await open(page, '?step=setup-choose-app');
	await s.pc.getByRole('button', { name: 'セットアップ' }).click();
	await expect(s.pc.getByRole('alert')).toHaveText('この練習では「モバイル アプリ」を選んでください。');
	await s.at('setup-choose-app');
	await s.pc.getByLabel('連絡方法').selectOption('app');
	await s.pc.getByRole('button', { name: 'セットアップ' }).click();
	await s.at('setup-install-app');
	// Next before the phone has scanned: the service says the app is not configured yet.
	await s.pc.getByRole('button', { name: '次へ' }).click();
	await expect(s.pc.getByRole('alert')).toContainText('まだアプリが構成されていません');
});

/** The activation code on the PC's "Configure mobile app" page: made at random for each session. */
const activationCode = (page: Page) => sim(page).pc.getByText(/^\d{3} \d{3} \d{3}$/);

test('a reload in the middle resumes the same session: the same activation code, the phone as it was', async ({ page }) => {
	const s = await open(page, '?step=setup-account-added');
	const code = await activationCode(page).textContent();
	await s.phone.getByRole('button', { name: /s1234567@example\.ac\.jp/ }).click();
	await s.at('setup-check-code');
	await page.reload();
	await expect(page.locator('[data-simulator][data-state="ready"]')).toBeVisible();
	await s.at('setup-check-code');
	await expect(s.phone.getByText(/^\d{3} \d{3}$/)).toBeVisible();
	// Opening the step afresh would register a new activation code: only a resume keeps this one.
	await expect(activationCode(page)).toHaveText(code!);
});

test('a reload keeps a ticked “don’t ask again” box', async ({ page }) => {
	const s = await open(page, '?step=signin-request-sent');
	const box = s.pc.getByRole('checkbox', { name: '今後 14 日間はこのメッセージを表示しない' });
	await box.check();
	await page.reload();
	await expect(page.locator('[data-simulator][data-state="ready"]')).toBeVisible();
	await s.at('signin-request-sent');
	await expect(box).toBeChecked();
});

test('at ⑧ the PC’s 次へ goes through ⑩: a link to ⑩ opens at “press 次へ”, and 次へ goes on', async ({ page }) => {
	const s = await open(page, '?step=setup-configure-next');
	await expect(page.locator('[data-guide-title]')).toContainText('手順 9: 「モバイル アプリケーションの構成」で「次へ」を押す');
	await s.pc.getByRole('button', { name: '次へ' }).click();
	await s.at('setup-choose-notification');
});

test('Back leaves the practice: a step replaces the address instead of adding to the history; forward returns to the same step; start over resets', async ({
	page,
}) => {
	await page.goto('/manual/push/');
	const s = await open(page);
	const entries = await page.evaluate(() => history.length);
	// Opened at the first step, the address is left as it was: rewriting it at load could
	// cancel a link the reader is already following.
	expect(new URL(page.url()).searchParams.has('step')).toBe(false);
	await s.pc.getByRole('button', { name: 'サインイン', exact: true }).click();
	await s.at('setup-more-info');
	await s.pc.getByRole('button', { name: '次へ' }).click();
	await s.at('setup-choose-app');
	expect(new URL(page.url()).searchParams.get('step')).toBe('setup-choose-app');
	expect(await page.evaluate(() => history.length)).toBe(entries);
	await page.goBack();
	await expect(page).toHaveURL(/\/manual\/push\/$/);
	await page.goForward();
	await simulatorReady(page);
	await s.at('setup-choose-app');
	await page.getByRole('button', { name: '最初からやり直す' }).click();
	await s.at('setup-sign-in');
	expect(new URL(page.url()).searchParams.get('step')).toBe('setup-sign-in');
	expect(await page.evaluate(() => history.length)).toBe(entries);
});

/**
 * Opened at its first step, the page shows the first screens from its HTML and loads the
 * engine at the reader's first move. The engine is held back here, as on a slow network, so
 * the press is made before it has arrived: it must still count.
 */
// 'a click alone': what a screen reader in browse mode sends, with no pointer or key before it.
for (const how of ['pointer', 'keyboard', 'a click alone'] as const) {
	test(`opened at the first step, the engine loads only once the reader moves, and a press made before it arrives counts (${how})`, async ({
		page,
	}) => {
		const engine = /\/_astro\/engine\.[^/]*\.js$/;
		const fetched: string[] = [];
		page.on('request', (request) => {
			if (engine.test(request.url())) fetched.push(request.url());
		});
		await page.route(engine, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 3000));
			await route.continue();
		});
		await page.goto('/manual/practice/push/', { waitUntil: 'load' });
		const root = page.locator('[data-simulator]');
		await expect(root).toHaveAttribute('data-connected', 'true');
		await page.waitForTimeout(500);
		expect(fetched).toEqual([]);
		await expect(root).toHaveAttribute('data-state', 'static');
		const signIn = sim(page).pc.getByRole('button', { name: 'サインイン', exact: true });
		if (how === 'pointer') await signIn.click();
		else if (how === 'keyboard') await keyboard(page, signIn);
		else await signIn.dispatchEvent('click');
		// The press was made while the engine was still on its way.
		await expect(root).not.toHaveAttribute('data-state', 'ready');
		await sim(page).at('setup-more-info');
		await expect(root).toHaveAttribute('data-state', 'ready');
		expect(fetched).toHaveLength(1);
		await expect(sim(page).pc.getByRole('heading', { name: '詳細情報が必要' })).toBeVisible();
	});
}

test('the practice password is filled in and cannot be edited', async ({ page }) => {
	const s = await open(page);
	const password = s.pc.getByLabel('パスワード');
	await expect(password).toHaveAttribute('readonly', '');
	await password.focus();
	await page.keyboard.type('secret');
	await expect(password).toHaveValue('practice-only');
});

test('the English simulator speaks English, and axe finds nothing on a denied request', async ({ page }) => {
	await page.goto('/en/manual/practice/push/');
	await simulatorReady(page);
	const pc = page.getByRole('region', { name: 'PC browser' });
	await expect(page.getByRole('region', { name: 'Phone' })).toBeVisible();
	await pc.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(pc.getByRole('heading', { name: 'More information required' })).toBeVisible();
	await expect(page.locator('[data-guide-title]')).toContainText('Step 2');
	// The step the denial is practised at; every step's screens are swept in the Japanese walk.
	await open(page, '?step=signin-approve', 'en');
	await sim(page).at('signin-approve');
	await page.getByRole('region', { name: 'Phone' }).getByRole('button', { name: 'Deny' }).click();
	await expect(pc.getByRole('heading', { name: 'Request denied' })).toBeVisible();
	await axeClean(page);
});

/** Ids that occur more than once in the page. */
const duplicateIds = (page: Page) =>
	page.evaluate(() => {
		const seen = new Map<string, number>();
		for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
		return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
	});

test('every push chapter step shows its screens as a still picture with a practice link', async ({ page }) => {
	await page.goto('/manual/push/');
	for (const step of STEPS) {
		const section = page.locator(`[id="${step.id}"]`);
		const picture = section.getByRole('img', { name: /練習用の画面の例/ });
		await expect(picture).toBeVisible();
		// A picture, not a form: nothing in it can take focus.
		expect(await picture.locator('button, input, select, a, [tabindex]').count()).toBe(0);
		await expect(section.getByRole('link', { name: 'この手順を練習する' })).toHaveAttribute(
			'href',
			`/manual/practice/push/?step=${step.id}`,
		);
	}
	expect(await duplicateIds(page)).toEqual([]);
});

for (const [lang, path, figure] of [
	['ja', '/manual/push/', '練習用の画面の例'],
	['en', '/en/manual/push/', 'Example of the practice screens'],
] as const) {
	test(`each still picture of the push chapter says what its step shows (${lang})`, async ({ page }) => {
		await page.goto(path);
		const names: string[] = [];
		for (const step of STEPS) {
			const name = await page
				.locator(`[id="${step.id}"]`)
				.getByRole('img', { name: new RegExp(figure) })
				.getAttribute('aria-label');
			names.push(name!);
		}
		// Two steps that show different things never share a description.
		expect(new Set(names).size).toBe(STEPS.length);
		const alt = (id: string) => names[STEPS.findIndex((s) => s.id === id)]!;
		if (lang === 'ja') {
			expect(alt('setup-check-code')).toMatch(/6 桁のコード \d{3} \d{3} が表示され、あと \d+ 秒で次のコードに変わる/);
			// Drawn once the notification is opened (DRAWN_AFTER): the sheet with 「承認」, not the banner.
			expect(alt('setup-approve')).toContain('スマートフォン: 「サインインを承認しますか?」の画面');
			expect(alt('setup-approve')).toContain('「承認」');
			expect(alt('setup-choose-notification')).toContain('「確認のため通知を受け取る」が選ばれている');
			expect(alt('signin-request-sent')).toContain('通知「サインインを承認しますか?」が届いている');
		} else {
			expect(alt('signin-request-sent')).toContain('an Authenticator notification has arrived: “Approve sign-in?”');
		}
	});
}

test('with the service worker running, the practice service is asked on the page’s own origin, and the worker answers', async ({
	page,
	baseURL,
}) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	const api: import('@playwright/test').Request[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
		if (url.pathname.includes('/__practice/api/')) api.push(request);
	});
	const s = await open(page, '?step=signin-request-sent');
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	// The PC and the phone ask every second while a request waits: those go through the worker.
	await expect.poll(() => api.length, { timeout: 10_000 }).toBeGreaterThan(1);
	await s.phone.getByRole('button', { name: /サインインを承認しますか/ }).click();
	await s.phone.getByRole('button', { name: '承認' }).click();
	await s.at('signin-done');
	for (const request of api) {
		const response = await request.response();
		expect(response?.status(), request.url()).toBe(200);
		expect(response?.fromServiceWorker(), request.url()).toBe(true);
	}
	expect(foreign, 'requests to another origin').toEqual([]);
});

test('a page the registered worker does not control (a second tab, a hard reload) is never reloaded under the reader', async ({
	page,
	context,
}) => {
	// The first tab starts the worker and keeps it registered.
	await open(page, '?step=signin-sign-in');
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	// A second tab that loads past the worker, as one opened while the worker was still
	// installing does, or a hard reload. MSW by itself would reload such a page, again and again here.
	const second = await context.newPage();
	const cdp = await context.newCDPSession(second);
	await cdp.send('Network.enable');
	await cdp.send('Network.setBypassServiceWorker', { bypass: true });
	let loads = 0;
	second.on('load', () => loads++);
	const s = await open(second, '?step=signin-sign-in');
	await expect(s.root).toHaveAttribute('data-service', 'page');
	expect(await second.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
	// The practice goes on in the page, and nothing the reader does is lost to a reload.
	await s.pc.getByRole('button', { name: 'サインイン', exact: true }).click();
	await s.at('signin-request-sent');
	await s.pc.getByRole('checkbox', { name: '今後 14 日間はこのメッセージを表示しない' }).check();
	await s.phone.getByRole('button', { name: /サインインを承認しますか/ }).click();
	await s.phone.getByRole('button', { name: '承認' }).click();
	await s.at('signin-done');
	expect(loads).toBe(1);
});

test.describe('where no service worker may run', () => {
	test.use({ serviceWorkers: 'block' });

	test('the simulator answers in the page and a sign-in completes, with no alarming message', async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		page.on('pageerror', (error) => errors.push(error.message));
		const s = await open(page, '?step=signin-sign-in');
		await s.pc.getByRole('button', { name: 'サインイン', exact: true }).click();
		await s.at('signin-request-sent');
		await s.phone.getByRole('button', { name: /サインインを承認しますか/ }).click();
		await s.phone.getByRole('button', { name: '承認' }).click();
		await s.at('signin-done');
		await expect(s.pc.getByText('サインインしました。')).toBeVisible();
		expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
		await expect(page.getByRole('alert')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
});

for (const [what, chunk] of [
	['the simulator’s engine', /\/_astro\/engine\.[^/]*\.js$/],
	['the push flow (needed to replay a deep link)', /\/_astro\/push\.[^/]*\.js$/],
] as const) {
	test(`if ${what} cannot be loaded, a kind message offers a retry that works`, async ({ page }) => {
		await page.route(chunk, (route) => route.abort('internetdisconnected'));
		await page.goto('/manual/practice/push/?step=setup-scan-qr');
		const root = page.locator('[data-simulator]');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('練習用のサービスに接続できませんでした。もう一度お試しください。');
		await expect(root).toHaveAttribute('data-state', 'error');
		await axeClean(page);
		await page.unrouteAll();
		await alert.getByRole('button', { name: '再試行' }).click();
		await expect(root).toHaveAttribute('data-state', 'ready');
		await sim(page).at('setup-scan-qr');
		await expect(alert).toHaveCount(0);
		await sim(page).phone.getByRole('button', { name: 'QR コードを読み取る' }).click();
		await sim(page).at('setup-account-added');
	});
}
