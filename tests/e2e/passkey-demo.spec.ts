import { axe, violationsOf } from '../support/axe';
import { expect, type Page, test } from '../support/fixtures';
import { addVirtualAuthenticator } from '../support/passkey';
import { passkeyDemoPath } from '../support/site';
import { weighPage } from '../support/weight';

// The live passkey demo, on Chromium's virtual authenticator (the DevTools protocol's
// WebAuthn domain): a real WebAuthn ceremony in the browser, answered at once by a device
// that the test can configure, empty, or make misbehave. The page's checks run for real.

const JA = {
	path: passkeyDemoPath('ja'),
	create: 'パスキーを作る',
	signIn: 'パスキーでサインインする',
	lookalike: 'そっくりなアドレスで試す',
	reset: '最初からやり直す（このページの記録を消す）',
	created: 'パスキーができました。次は「2. パスキーでサインインする」で、パスワードを使わずにサインインしてみましょう。',
	signedIn: (n: number) => `パスワードを使わずに、パスキーでサインインできました（${n} 回目）。`,
	checks: /^このページが確かめたこと（7 項目）$/,
	origin: (origin: string) => `オリジン: このサイトのアドレス ${origin} で使われました`,
	rpId: 'RP ID（どのサイト用か）: localhost 用のパスキーです',
	uvYes: 'ユーザーの検証（UV）: はい',
	uvNo: 'ユーザーの検証（UV）: いいえ',
	signature: '署名: 保存してある公開鍵で確かめました（ES256）',
	lookalikeOrigin: '拒否（アドレスが違う）',
	lookalikeRpId: '拒否（RP ID が違う）',
	userName: '練習用パスキー（削除してOK）',
	noPasskeyYet: 'まだ練習用パスキーはありません。',
	saved: /^練習用パスキー「練習用パスキー（削除してOK）.+」があります（localhost 用）/,
	forgotten: 'このブラウザーから練習用パスキーの記録（公開鍵）を消しました。',
	signinCancelled: 'この端末に練習用パスキーがもうない（削除した）ようです',
	createCancelled: 'パスキーは作られませんでした。',
	needPasskey: 'まず「1. パスキーを作る」で練習用パスキーを作ってください。',
	needSignIn: 'まず「2. パスキーでサインインする」でサインインしてください。',
	badSignature: '署名が、保存してある公開鍵と一致しません。',
	notPresent: '端末が「人が操作した」ことを示していません',
	unsupported: 'このブラウザーでは、パスキーを作れません',
	noscript: 'この練習には JavaScript が必要です。',
};
const EN: typeof JA = {
	path: passkeyDemoPath('en'),
	create: 'Create a passkey',
	signIn: 'Sign in with the passkey',
	lookalike: 'Try it on a look-alike address',
	reset: 'Start over (forget the passkey on this page)',
	created: 'Your passkey is ready. Next, sign in with it in “2. Sign in with the passkey”: no password needed.',
	signedIn: (n: number) => `Signed in with your passkey, no password needed (time ${n}).`,
	checks: /^What this page checked \(7 checks\)$/,
	origin: (origin: string) => `Origin: used at this site’s address, ${origin}`,
	rpId: 'RP ID (which site it is for): a passkey for localhost',
	uvYes: 'User verified (UV): yes',
	uvNo: 'User verified (UV): no',
	signature: 'Signature: checked with the stored public key (ES256)',
	lookalikeOrigin: 'Refused (wrong address)',
	lookalikeRpId: 'Refused (wrong RP ID)',
	userName: 'Practice passkey (safe to delete)',
	noPasskeyYet: 'No practice passkey yet.',
	saved: /^You have the practice passkey “Practice passkey \(safe to delete\) .+” \(for localhost\)/,
	forgotten: 'This browser no longer keeps the practice passkey’s record (its public key).',
	signinCancelled: 'or this device no longer has the practice passkey (it was deleted)',
	createCancelled: 'No passkey was created',
	needPasskey: 'First create a practice passkey in “1. Create a passkey”.',
	needSignIn: 'First sign in with “2. Sign in with the passkey”.',
	badSignature: 'The signature does not match the stored public key',
	notPresent: 'The device did not report that a person operated it',
	unsupported: 'This browser cannot create passkeys',
	noscript: 'This practice needs JavaScript.',
};

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
/** The live region (status or alert) that says `text`: each part of the demo has its own. */
const region = (page: Page, role: 'status' | 'alert', text: string | RegExp) => page.getByRole(role).filter({ hasText: text });
const STORAGE_KEY = 'mfa-guide:passkey-demo:v1';

async function create(page: Page, lang = JA) {
	await button(page, lang.create).click();
	await expect(region(page, 'status', lang.created)).toBeVisible();
}
async function signIn(page: Page, n: number, lang = JA) {
	await button(page, lang.signIn).click();
	await expect(region(page, 'status', lang.signedIn(n))).toBeVisible();
}

/**
 * The checks behind an accepted answer: the status leads with its plain sentence,
 * and the seven technical checks (RP ID, UP/UV, ES256…) come after it, folded until a curious
 * student opens them, as this does.
 */
async function checksIn(page: Page, sentence: string, lang = JA) {
	const status = region(page, 'status', sentence);
	await expect(status.locator(':scope > *').first()).toHaveText(sentence);
	const items = status.getByRole('listitem');
	await expect(items).toHaveCount(0);
	await status.getByText(lang.checks).click();
	await expect(items).toHaveCount(7);
	return items;
}

for (const lang of [JA, EN]) {
	test(`(${lang === JA ? 'ja' : 'en'}) student creates a passkey, signs in twice and sees why a look-alike could not use it`, async ({
		page,
		baseURL,
	}) => {
		const origin = new URL(baseURL!).origin;
		const problems: string[] = [];
		page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
		page.on('pageerror', (err) => problems.push(err.message));
		page.on('request', (req) => {
			const url = new URL(req.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(req.url());
		});
		await page.goto(lang.path);
		const device = await addVirtualAuthenticator(page);
		await expect(page.getByText(lang.noPasskeyYet)).toBeVisible();
		// The look-alike demo needs a sign-in first, and says so.
		await button(page, lang.lookalike).click();
		await expect(region(page, 'alert', lang.needSignIn)).toBeVisible();

		await create(page, lang);
		const created = await checksIn(page, lang.created, lang);
		await expect(created.filter({ hasText: lang.origin(origin) })).toHaveCount(1);
		await expect(created.filter({ hasText: lang.rpId })).toHaveCount(1);
		await expect(created.filter({ hasText: lang.uvYes })).toHaveCount(1);
		await expect(page.getByText(lang.saved)).toBeVisible();

		// A real passkey on the device: discoverable, for this host, named as practice.
		const [credential, ...others] = await device.credentials();
		expect(others).toEqual([]);
		expect(credential).toMatchObject({ rpId: 'localhost', isResidentCredential: true });
		// "練習用パスキー（削除してOK）2026/11/30 13:58": practice, and when it was made.
		expect(credential!.userName).toMatch(new RegExp(`^${lang.userName.replace(/[()]/g, '\\$&')} ?\\d+/\\d+/\\d+`));
		// The page keeps only public parts: no private key in its storage.
		const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!);
		expect(Object.keys(stored).sort()).toEqual(['counter', 'created', 'id', 'name', 'publicKey', 'transports', 'v']);
		expect(Object.keys(stored.publicKey).sort()).toEqual(['alg', 'crv', 'x', 'y']);
		expect(Buffer.from(stored.id, 'base64url')).toEqual(Buffer.from(credential!.credentialId, 'base64'));

		await signIn(page, 1, lang);
		const checked = await checksIn(page, lang.signedIn(1), lang);
		await expect(checked.filter({ hasText: lang.signature })).toHaveCount(1);
		await expect(checked.filter({ hasText: lang.origin(origin) })).toHaveCount(1);
		await signIn(page, 2, lang);

		await button(page, lang.lookalike).click();
		const refused = region(page, 'status', 'login-microsoftonline.example').getByRole('listitem');
		await expect(refused.filter({ hasText: lang.lookalikeOrigin })).toHaveCount(1);
		await expect(refused.filter({ hasText: lang.lookalikeRpId })).toHaveCount(1);
		await expect(region(page, 'alert', lang.needSignIn)).toHaveCount(0);
		expect(problems).toEqual([]);
	});
}

test('a reload keeps the passkey; “start over” forgets it, and a new one can be made', async ({ page }) => {
	await page.goto(JA.path);
	const device = await addVirtualAuthenticator(page);
	await create(page);
	await page.reload();
	await expect(page.getByText(JA.saved)).toBeVisible();
	// The passkey on the device still answers, and the stored public key checks it.
	await signIn(page, 1);
	// One practice passkey at a time: a second press says how to make a new one.
	await button(page, JA.create).click();
	await expect(region(page, 'alert', '「最初からやり直す」を押してから')).toBeVisible();

	await button(page, JA.reset).click();
	await expect(region(page, 'status', JA.forgotten)).toBeVisible();
	await expect(region(page, 'status', JA.signedIn(1))).toHaveCount(0);
	await expect(page.getByText(JA.noPasskeyYet)).toBeVisible();
	expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
	await button(page, JA.signIn).click();
	await expect(region(page, 'alert', JA.needPasskey)).toBeVisible();
	await page.reload();
	await expect(page.getByText(JA.noPasskeyYet)).toBeVisible();

	// The device keeps the old passkey (the page cannot delete it); a new one is made beside it.
	await create(page);
	expect(await device.credentials()).toHaveLength(2);
	await signIn(page, 1);
});

test('a passkey deleted from the device: the sign-in says so kindly, and starting over works', async ({ page }) => {
	await page.goto(JA.path);
	const device = await addVirtualAuthenticator(page);
	await create(page);
	await device.cdp.send('WebAuthn.clearCredentials', { authenticatorId: device.authenticatorId });
	// allowCredentials names the stored passkey; a device without it answers NotAllowedError at once.
	await button(page, JA.signIn).click();
	await expect(region(page, 'alert', JA.signinCancelled)).toBeVisible();
	// Nothing is lost: the page still knows the passkey until the reader starts over.
	await expect(page.getByText(JA.saved)).toBeVisible();
	await button(page, JA.reset).click();
	await create(page);
	await signIn(page, 1);
});

test('a cancelled prompt: the message says nothing was made, and the next try works', async ({ page }) => {
	await page.goto(EN.path);
	// A device whose user verification fails answers NotAllowedError at once: the same error,
	// and the same path through the page, as a reader closing the prompt or letting it time
	// out (which a test could only reach by waiting out the page's 3-minute timeout).
	const device = await addVirtualAuthenticator(page, { isUserVerified: false });
	await button(page, EN.create).click();
	await expect(region(page, 'alert', EN.createCancelled)).toBeVisible();
	await expect(page.getByText(EN.noPasskeyYet)).toBeVisible();
	expect(await device.credentials()).toEqual([]);

	await device.cdp.send('WebAuthn.setUserVerified', { authenticatorId: device.authenticatorId, isUserVerified: true });
	await create(page, EN);
	await device.cdp.send('WebAuthn.setUserVerified', { authenticatorId: device.authenticatorId, isUserVerified: false });
	await button(page, EN.signIn).click();
	await expect(region(page, 'alert', EN.signinCancelled)).toBeVisible();
	await device.cdp.send('WebAuthn.setUserVerified', { authenticatorId: device.authenticatorId, isUserVerified: true });
	await signIn(page, 1, EN);
	await expect(region(page, 'alert', EN.signinCancelled)).toHaveCount(0);
});

test('answers that do not check out are refused: a bogus signature, no user presence', async ({ page }) => {
	await page.goto(JA.path);
	const device = await addVirtualAuthenticator(page);
	await create(page);
	const override = (bits: { isBogusSignature?: boolean; isBadUP?: boolean }) =>
		device.cdp.send('WebAuthn.setResponseOverrideBits', { authenticatorId: device.authenticatorId, ...bits });

	await override({ isBogusSignature: true });
	await button(page, JA.signIn).click();
	await expect(region(page, 'alert', JA.badSignature)).toBeVisible();
	await expect(region(page, 'status', JA.signedIn(1))).toHaveCount(0);

	await override({ isBogusSignature: false, isBadUP: true });
	await button(page, JA.signIn).click();
	await expect(region(page, 'alert', JA.notPresent)).toBeVisible();

	await override({ isBadUP: false });
	await signIn(page, 1);
});

test('a device that cannot verify the user: accepted, and the page says it did not verify', async ({ page }) => {
	await page.goto(EN.path);
	await addVirtualAuthenticator(page, { hasUserVerification: false, isUserVerified: false });
	await create(page, EN);
	await expect((await checksIn(page, EN.created, EN)).filter({ hasText: EN.uvNo })).toHaveCount(1);
	await signIn(page, 1, EN);
	await expect((await checksIn(page, EN.signedIn(1), EN)).filter({ hasText: EN.uvNo })).toHaveCount(1);
});

test('a browser without WebAuthn is told so, and offers no button that cannot work', async ({ page }) => {
	await page.addInitScript(() => {
		// @ts-expect-error: removing the API, as in a browser (or an http:// page) without it.
		delete window.PublicKeyCredential;
	});
	for (const lang of [JA, EN]) {
		await page.goto(lang.path);
		await expect(page.getByText(lang.unsupported)).toBeVisible();
		for (const name of [lang.create, lang.signIn, lang.lookalike]) await expect(button(page, name)).toHaveCount(0);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the page says the demo needs JavaScript and still explains passkeys and how to delete one', async ({ page }) => {
		for (const lang of [JA, EN]) {
			await page.goto(lang.path);
			await expect(page.getByText(lang.noscript)).toBeVisible();
			await expect(page.getByRole('button', { name: lang.create })).toHaveCount(0);
			await expect(
				page.getByRole('heading', {
					level: 2,
					name: lang === JA ? '3. そっくりなアドレスでは使えない' : '3. A look-alike address cannot use it',
				}),
			).toBeVisible();
			await expect(page.getByText('chrome://password-manager/passwords')).toBeVisible();
		}
	});
});

test('every control is reachable by keyboard, and Enter presses it', async ({ page }) => {
	await page.goto(JA.path);
	await addVirtualAuthenticator(page);
	const names: string[] = [];
	await button(page, JA.create).focus();
	for (let i = 0; i < 12 && names.length < 4; i++) {
		const name = await page.evaluate(() =>
			document.activeElement instanceof HTMLButtonElement ? document.activeElement.textContent : null,
		);
		if (name && !names.includes(name)) names.push(name);
		await page.keyboard.press('Tab');
	}
	expect(names).toEqual([JA.create, JA.signIn, JA.lookalike, JA.reset]);
	await button(page, JA.create).focus();
	await page.keyboard.press('Enter');
	await expect(region(page, 'status', JA.created)).toBeVisible();
	await expect(button(page, JA.create)).toBeFocused();
});

test.describe('axe, and a 360 px phone', () => {
	for (const view of [
		{ colorScheme: 'light', viewport: { width: 1280, height: 800 }, lang: JA },
		{ colorScheme: 'dark', viewport: { width: 360, height: 740 }, lang: JA },
		{ colorScheme: 'dark', viewport: { width: 360, height: 740 }, lang: EN },
	] as const) {
		const title = `${view.lang.path}, ${view.colorScheme}, ${view.viewport.width} px`;
		test(`${title}: no violation with every result and a refusal shown, nothing wider than the screen`, async ({ page }) => {
			test.setTimeout(60_000);
			await page.emulateMedia({ colorScheme: view.colorScheme });
			await page.setViewportSize(view.viewport);
			await page.goto(view.lang.path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', view.colorScheme);
			const device = await addVirtualAuthenticator(page);
			await create(page, view.lang);
			await signIn(page, 1, view.lang);
			await button(page, view.lang.lookalike).click();
			await expect(region(page, 'status', view.lang.lookalikeOrigin)).toBeVisible();
			await device.cdp.send('WebAuthn.clearCredentials', { authenticatorId: device.authenticatorId });
			await button(page, view.lang.signIn).click();
			await expect(region(page, 'alert', view.lang.signinCancelled)).toBeVisible();
			expect(violationsOf(await axe(page).analyze())).toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, 'wider than the screen').toBeLessThanOrEqual(0);
		});
	}
});

test('the page fetches at most 45 KB gzip of JavaScript in all, through a registration and a sign-in', async ({ browser, baseURL }) => {
	for (const path of [JA.path, EN.path]) {
		const context = await browser.newContext({ baseURL: baseURL! });
		const weight = await weighPage(await context.newPage(), path);
		await context.close();
		// The checks, which load at the first press, are among what it fetched.
		expect(
			weight.scripts.some((script) => /\/verify\.[\w-]+\.js$/.test(script)),
			weight.scripts.join(', '),
		).toBe(true);
		expect(weight.js.gzip, `${path} fetched ${weight.scripts.join(', ')}`).toBeLessThanOrEqual(45 * 1024);
	}
});
